namespace TreatyGraph.Core.Graph;

/// <summary>
/// An entity that stands for a requested participant during a window of days (keys <c>yyyymmdd</c>):
/// the participant itself (always), a person holding office for it, or a state it succeeded.
/// </summary>
public sealed record Stand(string EntityId, int FromKey, int ToKey, string Via)
{
    public static Stand Itself(string entityId) =>
        new(entityId, Time.FuzzyDate.OpenStartKey, Time.FuzzyDate.OpenEndKey, "self");
}
