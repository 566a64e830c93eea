using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Relations;

/// <summary>"Japan calls the four islands the Northern Territories": who named which territory, in which sentence.</summary>
internal sealed record NamingFact(DocEntity Namer, DocEntity Name, int Sentence);
