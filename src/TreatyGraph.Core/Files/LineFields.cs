using System.Buffers;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Files;

/// <summary>Checks shared by every line type; each failure names the field.</summary>
internal static class LineFields
{
    private static readonly SearchValues<char> SlugCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new LineException($"missing required field '{field}'") : value;

    public static FuzzyDate? Date(string? edtf, string? phrase, string field)
    {
        if (edtf is null)
        {
            return phrase is null ? null : throw new LineException($"'{field}Phrase' given without '{field}'");
        }

        try
        {
            return FuzzyDate.Parse(edtf) with { Phrase = phrase };
        }
        catch (EdtfFormatException ex)
        {
            throw new LineException($"{field}: {ex.Message.TrimEnd('.')}", ex);
        }
    }

    public static T Parse<T>(Func<string, T> parse, string? text, string field)
    {
        var value = Required(text, field);
        try
        {
            return parse(value);
        }
        catch (FormatException ex)
        {
            throw LineException.From(ex);
        }
    }

    /// <summary>Event ids are <c>event:slug</c>, the slug lower-case ASCII letters, digits and hyphens.</summary>
    public static bool IsWellFormedEventId(string id) =>
        id.StartsWith("event:", StringComparison.Ordinal)
        && id.Length > "event:".Length
        && id.AsSpan("event:".Length).ContainsAnyExcept(SlugCharacters) is false;

}
