namespace TreatyGraph.Exports.Filters;

/// <summary>The names of the export filters, the same in query strings and (as <c>--kebab-case</c>) on the command line.</summary>
public static class ExportParameters
{
    public const string Participants = "participants";
    public const string Match = "match";
    public const string From = "from";
    public const string To = "to";
    public const string Kinds = "kinds";
    public const string Status = "status";
    public const string AsOf = "asOf";

    /// <summary>The most participants one export may name.</summary>
    public const int MaxParticipants = 20;

    /// <summary>The filters the TimelineJS export takes.</summary>
    public static readonly IReadOnlyList<string> Timeline = [Participants, Match, From, To, Kinds, Status];

    /// <summary>The filters the GraphML and CSV exports take.</summary>
    public static readonly IReadOnlyList<string> Graph = [Participants, AsOf];
}
