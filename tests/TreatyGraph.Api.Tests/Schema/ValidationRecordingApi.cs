using System.Collections.Concurrent;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Schema;

/// <summary>The API with its document validator wrapped, so that a test sees which rules ran for each request.</summary>
public sealed class ValidationRecordingApi : TreatyGraphApi
{
    public ConcurrentQueue<IReadOnlyList<IValidationRule>> RulesPerValidation { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IDocumentValidator>(new RecordingValidator(new DocumentValidator(), RulesPerValidation));

    private sealed class RecordingValidator(IDocumentValidator inner, ConcurrentQueue<IReadOnlyList<IValidationRule>> record) : IDocumentValidator
    {
        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            record.Enqueue([.. options.Rules ?? DocumentValidator.CoreRules]);
            return inner.ValidateAsync(options);
        }
    }
}
