using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>A named period in a sentence ("World War II", "the Soviet collapse") and whether the text means its end ("the end of").</summary>
internal sealed record PeriodMention(int Sentence, int First, int Last, int Start, int End, PeriodRule Period, PeriodPart Part);
