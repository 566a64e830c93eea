using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Graphs;
using TreatyGraph.Exports.Timelines;

namespace TreatyGraph.Api.Exports;

/// <summary>
/// <c>GET /export/timelinejs</c>, <c>/export/graphml</c> and <c>/export/csv?part=nodes|edges</c>: the exports, filtered by
/// query parameters (see docs/exports-and-pages.md), streamed as they are read from the store. Bad filters are a 400
/// naming each parameter.
/// </summary>
internal static class ExportEndpoints
{
    public const string Part = "part";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/export").WithTags("Exports");
        group.MapGet("/timelinejs", TimelineAsync).WithName("ExportTimelineJs");
        group.MapGet("/graphml", GraphMlAsync).WithName("ExportGraphMl");
        group.MapGet("/csv", CsvAsync).WithName("ExportCsv");
        return endpoints;
    }

    private static async Task<IResult> TimelineAsync(HttpRequest request, IGraphStore store, CancellationToken cancellationToken)
    {
        var (input, errors) = ExportQuery.Read(request.Query, ExportParameters.Timeline);
        var outcome = await ExportFilters.TimelineAsync(store, input, cancellationToken);
        if (errors.Count > 0 || !outcome.IsValid)
        {
            return ExportProblem.For([.. errors, .. outcome.Errors]);
        }

        var export = new TimelineJsExport(store);
        return new StreamedExport(TimelineJsExport.MediaType + "; charset=utf-8", "treatygraph-timeline.json", attachment: false,
            (body, ct) => export.WriteAsync(outcome.Selection!, body, ct));
    }

    private static async Task<IResult> GraphMlAsync(HttpRequest request, IGraphStore store, CancellationToken cancellationToken)
    {
        var (input, errors) = ExportQuery.Read(request.Query, ExportParameters.Graph);
        var outcome = await ExportFilters.GraphAsync(store, input, cancellationToken);
        if (errors.Count > 0 || !outcome.IsValid)
        {
            return ExportProblem.For([.. errors, .. outcome.Errors]);
        }

        var export = new GraphMlExport(store);
        return new StreamedExport(GraphMlExport.MediaType + "; charset=utf-8", "treatygraph.graphml", attachment: true,
            (body, ct) => export.WriteAsync(outcome.Selection!, body, ct));
    }

    private static async Task<IResult> CsvAsync(HttpRequest request, IGraphStore store, CancellationToken cancellationToken)
    {
        var (input, errors) = ExportQuery.Read(request.Query, [.. ExportParameters.Graph, Part]);
        var part = CsvPartOf(ExportQuery.Single(request.Query, Part, errors), errors);
        var outcome = await ExportFilters.GraphAsync(store, input, cancellationToken);
        if (errors.Count > 0 || !outcome.IsValid)
        {
            return ExportProblem.For([.. errors, .. outcome.Errors]);
        }

        var export = new CsvExport(store);
        return new StreamedExport(CsvExport.MediaType, CsvExport.FileName(part), attachment: true,
            (body, ct) => export.WriteAsync(outcome.Selection!, part, body, ct));
    }

    private static CsvPart CsvPartOf(string? value, List<FilterError> errors)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "NODES":
                return CsvPart.Nodes;
            case "EDGES":
                return CsvPart.Edges;
            case null:
                errors.Add(new FilterError(Part, "required: nodes (nodes.csv) or edges (edges.csv)."));
                return CsvPart.Nodes;
            default:
                errors.Add(new FilterError(Part, $"'{value}' is neither nodes nor edges."));
                return CsvPart.Nodes;
        }
    }
}
