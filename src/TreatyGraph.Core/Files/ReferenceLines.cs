using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;

namespace TreatyGraph.Core.Files;

internal static class ReferenceLines
{
    public static SourceReference ToReference(ReferenceLine line, string field)
    {
        var kindText = LineFields.Required(line.Kind, $"{field}.kind");
        if (!Enum.TryParse<SourceKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
        {
            throw new LineException(
                $"{field}.kind: unknown source kind '{kindText}'; expected one of {string.Join(", ", Enum.GetNames<SourceKind>())}");
        }

        return new SourceReference(kind, LineFields.Required(line.Title, $"{field}.title"))
        {
            Url = line.Url,
            Identifier = line.Identifier,
        };
    }

    public static ReferenceLine ToLine(SourceReference reference) => new()
    {
        Kind = reference.Kind.ToString(),
        Title = reference.Title,
        Url = reference.Url,
        Identifier = reference.Identifier,
    };
}
