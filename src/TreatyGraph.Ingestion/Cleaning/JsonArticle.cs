using System.Globalization;
using System.Text.Json;

namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>Reads the JSON article form <c>{title, published, url, publisher, text}</c>.</summary>
internal static class JsonArticle
{
    public static (string Text, string? Title, DateOnly? Published, string? Url, string? Publisher) Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ArticleRejectedException(ArticleRejection.InvalidJson, $"The article is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleRejectedException(ArticleRejection.InvalidJson, "A JSON article must be an object with a \"text\" field.");
            }

            var text = String(root, "text") ?? String(root, "body") ?? String(root, "content");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArticleRejectedException(ArticleRejection.NoText, "The JSON article has no \"text\".");
            }

            DateOnly? published = null;
            if (String(root, "published") is { Length: > 0 } p)
            {
                if (p.Length < 10 || !DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    throw new ArticleRejectedException(ArticleRejection.InvalidDate, $"The JSON article's \"published\" is not a date (YYYY-MM-DD): '{p}'.");
                }

                published = day;
            }

            return (text, String(root, "title"), published, String(root, "url"), String(root, "publisher"));
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
