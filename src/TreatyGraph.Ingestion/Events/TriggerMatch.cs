using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Events;

/// <summary>A trigger phrase found in a sentence: its rule and tokens <see cref="First"/>..<see cref="Last"/>.</summary>
internal sealed record TriggerMatch(TriggerRule Rule, int First, int Last);
