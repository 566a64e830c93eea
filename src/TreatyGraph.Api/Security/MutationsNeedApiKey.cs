using GraphQL.Validation;
using GraphQLParser.AST;
using TreatyGraph.Api.Schema;

namespace TreatyGraph.Api.Security;

/// <summary>
/// A mutation runs only with an accepted API key: otherwise it is refused during validation, before any resolver
/// runs, with an <c>UNAUTHENTICATED</c> error that says what was missing. Queries are open to everyone.
/// </summary>
internal sealed class MutationsNeedApiKey : IValidationRule
{
    public const string CallerKey = "apiCaller";

    public static readonly MutationsNeedApiKey Instance = new();

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
        {
            // The key is read and hashed only here, for mutations: queries never pay for it.
            var caller = context.UserContext.TryGetValue(CallerKey, out var value) && value is Lazy<ApiCaller> known ? known.Value : ApiCaller.NoKey;
            if (caller != ApiCaller.KeyAccepted)
            {
                context.ReportError(new Error(context, context.Operation, Explain(caller)));
            }
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static string Explain(ApiCaller caller) => caller switch
    {
        ApiCaller.NoKeysConfigured => "This server accepts no mutations: no API keys are configured (Api:Keys). Reads stay open.",
        ApiCaller.WrongKey => "The API key is not valid; nothing was changed.",
        _ => $"Mutations need an API key: send 'Authorization: Bearer KEY' or '{ApiKeys.HeaderName}: KEY'. Nothing was changed.",
    };

    /// <summary>The error the endpoint answers with 401 (<c>application/graphql-response+json</c>).</summary>
    internal sealed class Error : ValidationError
    {
        public Error(ValidationContext context, GraphQLOperationDefinition operation, string message)
            : base(context.Document.Source, "api-key", message, operation)
        {
            Code = ErrorCodes.Unauthenticated;
        }
    }
}
