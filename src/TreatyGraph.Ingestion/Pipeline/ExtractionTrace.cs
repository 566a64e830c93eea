using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>For rule writers: every sentence's mentions and what they resolved to (TREATYGRAPH_TRACE=1).</summary>
internal static class ExtractionTrace
{
    public static void Write(IEnumerable<SentenceScan> scans, string text, TextWriter writer)
    {
        foreach (var scan in scans)
        {
            writer.WriteLine($"[{scan.Sentence.Index}] {scan.Sentence.Text}");
            foreach (var m in scan.Mentions)
            {
                var referents = string.Join(", ", m.Referents.Select(e => e.Name));
                writer.WriteLine($"    {m.Kind,-12} {m.Form,-11} '{m.Surface(text)}' -> {referents}");
            }
        }
    }
}
