using System.Collections.Frozen;

namespace TreatyGraph.Core.Domain;

/// <summary>
/// The names enums have in files and on the wire: kinds as written (<c>Meeting</c>), statuses and roles in
/// lower case (<c>occurred</c>, <c>signatory</c>), relation types in upper snake case (<c>HOLDS_OFFICE</c>), id
/// prefixes in lower case. Parsing takes exactly these names, in any case, and says which it expected when
/// it fails.
/// </summary>
public static class WireNames
{
    private static readonly FrozenDictionary<RelationType, string> RelationNames = new Dictionary<RelationType, string>
    {
        [RelationType.PartyTo] = "PARTY_TO",
        [RelationType.Signed] = "SIGNED",
        [RelationType.HoldsOffice] = "HOLDS_OFFICE",
        [RelationType.Claims] = "CLAIMS",
        [RelationType.Administers] = "ADMINISTERS",
        [RelationType.PartOf] = "PART_OF",
        [RelationType.Concerns] = "CONCERNS",
        [RelationType.MemberOf] = "MEMBER_OF",
        [RelationType.SuccessorOf] = "SUCCESSOR_OF",
        [RelationType.LocatedIn] = "LOCATED_IN",
    }.ToFrozenDictionary();

    public static string Of(RelationType type) =>
        RelationNames.TryGetValue(type, out var name) ? name : throw Undefined(type);

    public static string Of(EntityKind kind) => Defined(kind).ToString();

    public static string Of(EventKind kind) => Defined(kind).ToString();

    public static string Of(EventStatus status) => Defined(status).ToString().ToLowerInvariant();

    public static string Of(ParticipantRole role) => Defined(role).ToString().ToLowerInvariant();

    public static string Prefix(EntityKind kind) => Defined(kind).ToString().ToLowerInvariant();

    public static EntityKind? KindFromPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            if (string.Equals(Prefix(kind), prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    public static RelationType ParseRelationType(string text) => Parse<RelationType>(text, "relation type", Of);

    public static EntityKind ParseEntityKind(string text) => Parse<EntityKind>(text, "entity kind", Of);

    public static EventKind ParseEventKind(string text) => Parse<EventKind>(text, "event kind", Of);

    public static EventStatus ParseEventStatus(string text) => Parse<EventStatus>(text, "event status", Of);

    public static ParticipantRole ParseParticipantRole(string text) => Parse<ParticipantRole>(text, "participant role", Of);

    // By the wire names themselves, not Enum.TryParse: that also takes numbers and "Meeting,Summit".
    private static T Parse<T>(string text, string what, Func<T, string> wireName)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(wireName(value), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var expected = string.Join(", ", Enum.GetValues<T>().Select(wireName));
        throw new FormatException($"Unknown {what} '{text}'; expected one of {expected}.");
    }

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw Undefined(value);

    private static ArgumentOutOfRangeException Undefined<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"not a defined {typeof(T).Name}");
}
