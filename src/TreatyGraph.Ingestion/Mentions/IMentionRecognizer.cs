namespace TreatyGraph.Ingestion.Mentions;

/// <summary>One way of finding mentions in a sentence; recognisers run in a fixed order over a <see cref="SentenceScan"/>.</summary>
internal interface IMentionRecognizer
{
    void Find(SentenceScan scan, MentionContext context);
}
