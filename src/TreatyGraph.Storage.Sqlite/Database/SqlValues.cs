using System.Globalization;
using System.Text.Json;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Storage.Sqlite.Database;

/// <summary>How values are written to and read from columns.</summary>
internal static class SqlValues
{
    /// <summary>A list of ids as a JSON array, read in SQL with <c>json_each</c> (one parameter for any number of keys).</summary>
    public static string Json(IEnumerable<string> ids) => JsonSerializer.Serialize(ids as string[] ?? [.. ids]);

    public static FuzzyDate? Date(string? edtf, string? phrase) =>
        edtf is null ? null : FuzzyDate.Parse(edtf) with { Phrase = phrase };

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
