using System.Globalization;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Cli.Commands;

/// <summary>What <c>treatygraph seed</c> prints on stdout: per kind, how many items were created, updated or already there.</summary>
internal static class SeedReport
{
    public static async Task WriteAsync(TextWriter output, ApplyResult result)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"",-10} {"created",8} {"updated",8} {"unchanged",10}"));
        foreach (var (kind, count) in new[] { ("entities", result.Entities), ("events", result.Events), ("relations", result.Relations), ("articles", result.Articles) })
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{kind,-10} {count.Created,8} {count.Updated,8} {count.Unchanged,10}"));
        }

        await output.WriteLineAsync(result.IsNoOp ? "The store already held this seed data; nothing changed." : "Seed data loaded.");
    }
}
