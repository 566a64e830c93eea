namespace TreatyGraph.Core.Files.Lines;

internal sealed class ParticipantLine
{
    public string? Id { get; set; }

    public string? Role { get; set; }
}
