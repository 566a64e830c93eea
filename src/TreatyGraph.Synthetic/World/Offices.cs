namespace TreatyGraph.Synthetic.World;

/// <summary>The roles of government a state fills, most newsworthy first; small graphs use only the first ones.</summary>
internal static class Offices
{
    public const int Head = 0;
    public const int Government = 1;
    public const int Foreign = 2;

    public static readonly IReadOnlyList<string> Roles =
    [
        "president",
        "prime minister",
        "foreign minister",
        "defence minister",
        "trade minister",
        "deputy foreign minister",
        "finance minister",
        "ambassador to the United Nations",
        "chief negotiator",
        "interior minister",
        "justice minister",
        "minister of culture",
    ];

    /// <summary>The role that speaks for a state abroad on a day: the first filled of head, government, foreign.</summary>
    public static Term? Leader(Polity country, DateOnly day, int preferred)
    {
        return country.HolderOn(preferred, day) ?? country.HolderOn(Head, day);
    }
}
