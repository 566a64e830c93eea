using System.Text;
using System.Text.Json;
using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Graphs;
using TreatyGraph.Exports.Timelines;

namespace TreatyGraph.Exports.Tests.Fixtures;

/// <summary>Runs an export into memory through the same filter checks the API and CLI use.</summary>
internal static class Exported
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<JsonDocument> TimelineAsync(IGraphStore store, ExportFilterInput input)
    {
        var outcome = await ExportFilters.TimelineAsync(store, input, Cancel);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors));
        using var output = new MemoryStream();
        await new TimelineJsExport(store).WriteAsync(outcome.Selection!, output, Cancel);
        return JsonDocument.Parse(output.ToArray());
    }

    public static async Task<byte[]> GraphMlAsync(IGraphStore store, ExportFilterInput input)
    {
        var outcome = await ExportFilters.GraphAsync(store, input, Cancel);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors));
        using var output = new MemoryStream();
        await new GraphMlExport(store).WriteAsync(outcome.Selection!, output, Cancel);
        return output.ToArray();
    }

    public static async Task<string> CsvAsync(IGraphStore store, ExportFilterInput input, CsvPart part)
    {
        var outcome = await ExportFilters.GraphAsync(store, input, Cancel);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors));
        using var output = new MemoryStream();
        await new CsvExport(store).WriteAsync(outcome.Selection!, part, output, Cancel);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(output.ToArray());
    }
}
