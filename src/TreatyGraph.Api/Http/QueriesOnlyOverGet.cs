using GraphQL.Validation;
using GraphQLParser.AST;
using TreatyGraph.Api.Schema;

namespace TreatyGraph.Api.Http;

/// <summary>GET is safe: an operation other than a query sent with GET is refused (405) before it runs.</summary>
internal sealed class QueriesOnlyOverGet : IValidationRule
{
    public static readonly QueriesOnlyOverGet Instance = new();

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new Error(context, context.Operation));
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    /// <summary>The error the endpoint turns into 405 with <c>Allow: POST</c>.</summary>
    internal sealed class Error : ValidationError
    {
        public Error(ValidationContext context, GraphQLOperationDefinition operation)
            : base(context.Document.Source, "http-get", $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", operation)
        {
            Code = ErrorCodes.MethodNotAllowed;
        }
    }
}
