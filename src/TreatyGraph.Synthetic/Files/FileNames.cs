namespace TreatyGraph.Synthetic.Files;

/// <summary>The four files of a graph folder, as <c>treatygraph seed --path DIR</c> reads them.</summary>
internal static class FileNames
{
    public const string Entities = "entities.jsonl";
    public const string Events = "events.jsonl";
    public const string Relations = "relations.jsonl";
    public const string Articles = "articles.jsonl";
}
