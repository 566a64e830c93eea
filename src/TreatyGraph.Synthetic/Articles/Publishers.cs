namespace TreatyGraph.Synthetic.Articles;

/// <summary>The invented newsrooms that publish synthetic articles.</summary>
internal static class Publishers
{
    public static readonly IReadOnlyList<(string Name, string Slug)> All =
    [
        ("The Northern Courier", "northern-courier"),
        ("Pacific Dispatch", "pacific-dispatch"),
        ("Continental Wire", "continental-wire"),
        ("The Evening Ledger", "evening-ledger"),
        ("Harbour Times", "harbour-times"),
        ("Meridian News Service", "meridian-news"),
        ("The Capital Observer", "capital-observer"),
        ("Global Affairs Daily", "global-affairs-daily"),
    ];
}
