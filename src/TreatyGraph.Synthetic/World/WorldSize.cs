namespace TreatyGraph.Synthetic.World;

/// <summary>
/// How many of each thing a graph of <c>facts</c> facts gets. States grow with the square root (the world
/// has a few hundred at most); people, treaties and territories grow with the facts, in the shares below,
/// and news events fill whatever remains so that the total is exact.
/// </summary>
internal sealed record WorldSize(int Facts, int Countries, int HistoricalStates, int Roles, int TermsPerRole, int Organizations, int Territories, int Treaties, int ExtraCitiesPerCountry)
{
    public const double OfficeShare = 0.08;
    public const double TerritoryShare = 0.08;
    public const double TreatyShare = 0.28;

    public static WorldSize For(int facts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(facts, 1);
        var countries = Math.Clamp((int)(12 + (Math.Sqrt(facts) / 4)), 12, 250);
        var historical = Math.Max(2, countries / 4);
        var polities = countries + historical;
        var officeBudget = facts * OfficeShare;
        var roles = Math.Clamp((int)Math.Round(officeBudget / (polities * 20.0)), 1, Offices.Roles.Count);
        var termsPerRole = Math.Max(2, (int)Math.Round(officeBudget / (polities * (double)roles)));
        return new WorldSize(
            facts,
            countries,
            historical,
            roles,
            termsPerRole,
            Math.Clamp(3 + (facts / 25_000), 3, 40),
            Math.Max(3, (int)(facts * TerritoryShare / 7)),
            Math.Max(2, (int)(facts * TreatyShare / 12)),
            Math.Min(6, facts / 200_000));
    }
}
