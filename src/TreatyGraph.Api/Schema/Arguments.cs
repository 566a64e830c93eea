using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Api.Schema;

/// <summary>Checks of argument values that GraphQL's types cannot express; each failure is a BAD_USER_INPUT.</summary>
internal static class Arguments
{
    public static string EntityId(string id, string argument)
    {
        if (!EntityIds.IsWellFormed(id))
        {
            throw GraphInputError.BadInput(
                $"'{argument}' is not an entity id: '{id}'. Entity ids are kind:slug, such as 'person:shinzo-abe' or 'territory:kunashir'.");
        }

        return id;
    }

    public static string PrefixedId(string id, string prefix, string argument)
    {
        var slug = id.StartsWith(prefix + ":", StringComparison.Ordinal) ? id[(prefix.Length + 1)..] : string.Empty;
        if (slug.Length == 0 || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw GraphInputError.BadInput($"'{argument}' is not a {prefix} id: '{id}'. Such ids look like '{prefix}:' followed by lower-case letters, digits and hyphens.");
        }

        return id;
    }

    /// <summary>Parses an EDTF argument; the error carries the parser's explanation.</summary>
    public static FuzzyDate? Edtf(string? text, string argument)
    {
        if (text is null)
        {
            return null;
        }

        return FuzzyDate.TryParse(text, out var date, out var error)
            ? date
            : throw GraphInputError.BadInput($"'{argument}' is not an EDTF date: {error}");
    }

    public static string? TimelineCursor(string? after, string argument = "after")
    {
        if (after is null)
        {
            return null;
        }

        try
        {
            _ = Core.Graph.TimelineCursor.Decode(after);
            return after;
        }
        catch (InvalidCursorException ex)
        {
            throw GraphInputError.BadInput($"'{argument}': {ex.Message}", ex);
        }
    }
}
