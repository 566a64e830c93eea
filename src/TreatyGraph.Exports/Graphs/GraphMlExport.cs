using System.Text;
using System.Xml;
using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;

namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// Writes a graph selection as GraphML (Gephi and yEd open it): a <c>&lt;key&gt;</c> for every attribute of
/// <see cref="GraphAttributes"/>, then all nodes (entities, events), then all edges (relations, event involvement),
/// flushed chunk by chunk as they are read. Attributes without a value are left out.
/// </summary>
public sealed class GraphMlExport(IGraphStore store)
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    public const string MediaType = "application/graphml+xml";

    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = " ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    public async Task WriteAsync(GraphSelection selection, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(output);
        var source = new GraphSource(store, selection);
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, SchemaInstance);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", SchemaInstance, $"{Namespace} {Namespace}/1.0/graphml.xsd");
        await WriteKeysAsync(xml, "node", GraphAttributes.Node);
        await WriteKeysAsync(xml, "edge", GraphAttributes.Edge);
        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "treatygraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");

        await foreach (var chunk in source.NodesAsync(cancellationToken))
        {
            foreach (var node in chunk)
            {
                await xml.WriteStartElementAsync(null, "node", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, XmlConvert.EncodeNmToken(node.Id));
                await WriteDataAsync(xml, node, GraphAttributes.Node);
                await xml.WriteEndElementAsync();
            }

            await xml.FlushAsync();
        }

        await foreach (var chunk in source.EdgesAsync(cancellationToken))
        {
            foreach (var edge in chunk)
            {
                await xml.WriteStartElementAsync(null, "edge", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, XmlConvert.EncodeNmToken(edge.Id));
                await xml.WriteAttributeStringAsync(null, "source", null, XmlConvert.EncodeNmToken(edge.Source));
                await xml.WriteAttributeStringAsync(null, "target", null, XmlConvert.EncodeNmToken(edge.Target));
                await WriteDataAsync(xml, edge, GraphAttributes.Edge);
                await xml.WriteEndElementAsync();
            }

            await xml.FlushAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteKeysAsync<T>(XmlWriter xml, string kind, IReadOnlyList<GraphAttribute<T>> attributes)
    {
        foreach (var attribute in attributes)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, attribute.KeyId);
            await xml.WriteAttributeStringAsync(null, "for", null, kind);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, attribute.Name);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, "string");
            await xml.WriteEndElementAsync();
        }
    }

    private static async Task WriteDataAsync<T>(XmlWriter xml, T item, IReadOnlyList<GraphAttribute<T>> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Read(item) is { Length: > 0 } value)
            {
                await xml.WriteStartElementAsync(null, "data", Namespace);
                await xml.WriteAttributeStringAsync(null, "key", null, attribute.KeyId);
                await xml.WriteStringAsync(XmlText.Clean(value));
                await xml.WriteEndElementAsync();
            }
        }
    }
}
