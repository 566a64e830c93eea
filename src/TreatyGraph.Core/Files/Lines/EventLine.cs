namespace TreatyGraph.Core.Files.Lines;

/// <summary>One line of <c>events.jsonl</c> as written.</summary>
internal sealed class EventLine
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Status { get; set; }

    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? DatePhrase { get; set; }

    public List<ParticipantLine>? Participants { get; set; }

    public string? Place { get; set; }

    public List<string>? Concerns { get; set; }

    public List<EvidenceLine>? Evidence { get; set; }
}
