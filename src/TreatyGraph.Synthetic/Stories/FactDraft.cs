using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.Stories;

/// <summary>A fact (an event or a relation, without evidence yet) and the sentence that reports it.</summary>
internal sealed record FactDraft(string Sentence, Event? Event, Relation? Relation);
