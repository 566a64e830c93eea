using System.Globalization;
using TreatyGraph.Ingestion.Seeding;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// What <c>treatygraph seed</c> prints on stdout: per kind, how many curated items were created, updated or already
/// there; then, per seed article, what the ingestion pipeline added to them.
/// </summary>
internal static class SeedReport
{
    public static async Task WriteAsync(TextWriter output, SeedResult result)
    {
        var curated = result.Curated;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"",-10} {"created",8} {"updated",8} {"unchanged",10}"));
        foreach (var (kind, count) in new[] { ("entities", curated.Entities), ("events", curated.Events), ("relations", curated.Relations), ("articles", curated.Articles) })
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{kind,-10} {count.Created,8} {count.Updated,8} {count.Unchanged,10}"));
        }

        foreach (var article in result.Articles)
        {
            await output.WriteLineAsync(article.IsNew
                ? string.Create(CultureInfo.InvariantCulture, $"article {article.ArticleId}: extraction created {article.CreatedEntities.Count} entities, {article.CreatedEvents.Count} events, {article.CreatedRelations.Count} relations; added evidence to {article.MergedEvents.Count} existing events and {article.MergedRelations.Count} existing relations")
                : $"article {article.ArticleId}: extraction found nothing new");
        }

        await output.WriteLineAsync(result.IsNoOp ? "The store already held this seed data; nothing changed." : "Seed data loaded.");
    }
}
