using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace TreatyGraph.Exports.Tests.Graphs;

/// <summary>Reads a GraphML export, validating it against graphml.xsd (keys, node ids, edge ends included).</summary>
internal sealed class GraphMlDocument
{
    public static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlDocument(XDocument xml) => Xml = xml;

    public XDocument Xml { get; }

    public IEnumerable<XElement> Keys => Xml.Root!.Elements(G + "key");

    public IEnumerable<XElement> Nodes => Xml.Root!.Element(G + "graph")!.Elements(G + "node");

    public IEnumerable<XElement> Edges => Xml.Root!.Element(G + "graph")!.Elements(G + "edge");

    public static GraphMlDocument Load(byte[] graphMl, List<string> schemaErrors)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        settings.Schemas.Add(GraphMlDocument.G.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Graphs", "graphml.xsd"));
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => schemaErrors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(graphMl), settings);
        return new GraphMlDocument(XDocument.Load(reader));
    }

    /// <summary>The attribute values of a node or edge, by the key's attr.name.</summary>
    public Dictionary<string, string> Data(XElement element)
    {
        var names = Keys.ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        return element.Elements(G + "data").ToDictionary(d => names[(string)d.Attribute("key")!], d => d.Value);
    }
}
