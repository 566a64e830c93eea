namespace TreatyGraph.Core.Tests.Files;

/// <summary>A temporary folder of graph files written line by line by a test, deleted afterwards.</summary>
internal sealed class GraphFolder : IDisposable
{
    public const string ArticleText =
        "Abe spoke to TASS on Thursday. He hopes to meet Putin in Argentina. " +
        "Putin met Abe in Singapore.\n\nThey met in Singapore again? Not quite. They met in Singapore once.";

    public const string Japan = """{"id":"country:japan","kind":"Country","name":"Japan"}""";
    public const string Russia = """{"id":"country:russia","kind":"Country","name":"Russia"}""";
    public const string Article = """{"key":"a1","text":"ARTICLE","title":"Abe interview","published":"2018-11-22"}""";

    public GraphFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "treatygraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Two entities and one inline article, so that a test only adds the lines it is about.</summary>
    public static GraphFolder WithBasics()
    {
        var folder = new GraphFolder();
        folder.Write("entities.jsonl", Japan, Russia);
        folder.Write("articles.jsonl", Article.Replace("ARTICLE", ArticleText.Replace("\n", "\\n", StringComparison.Ordinal), StringComparison.Ordinal));
        return folder;
    }

    public GraphFolder Write(string file, params string[] lines)
    {
        var full = System.IO.Path.Combine(Path, file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, string.Join("\n", lines) + "\n");
        return this;
    }

    public string Read(string file) => File.ReadAllText(System.IO.Path.Combine(Path, file));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
