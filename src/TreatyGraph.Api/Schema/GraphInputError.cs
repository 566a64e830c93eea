using GraphQL;

namespace TreatyGraph.Api.Schema;

/// <summary>An error the client can fix: thrown by resolvers, reported with its code and a null field.</summary>
internal sealed class GraphInputError : ExecutionError
{
    private GraphInputError(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public static GraphInputError BadInput(string message, Exception? inner = null) =>
        new(ErrorCodes.BadUserInput, message, inner);

    public static GraphInputError NotFound(string message) => new(ErrorCodes.NotFound, message);
}
