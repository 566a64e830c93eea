using GraphQL.Execution;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Api.Schema;

/// <summary>
/// Exceptions from Core that mean the client sent something unusable (a date the store could not parse, a
/// cursor it did not write) become BAD_USER_INPUT errors with their message, instead of opaque failures.
/// </summary>
internal static class InputExceptions
{
    public static void Translate(UnhandledExceptionContext context)
    {
        if (context.OriginalException is EdtfFormatException or InvalidCursorException)
        {
            context.Exception = GraphInputError.BadInput(context.OriginalException.Message, context.OriginalException);
        }
    }
}
