using System.Collections.Frozen;

namespace TreatyGraph.Core.Domain;

/// <summary>
/// The names enums have in files and on the wire: kinds as written (<c>Meeting</c>), statuses in lower
/// case (<c>occurred</c>), relation types in upper snake case (<c>HOLDS_OFFICE</c>), id prefixes in lower case.
/// Parsing is case-insensitive and says what it expected when it fails.
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

    private static readonly FrozenDictionary<string, RelationType> RelationsByName =
        RelationNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string Of(RelationType type) => RelationNames[type];

    public static string Of(EntityKind kind) => kind.ToString();

    public static string Of(EventKind kind) => kind.ToString();

    public static string Of(EventStatus status) => status == EventStatus.Occurred ? "occurred" : "planned";

    public static string Of(ParticipantRole role) => role.ToString().ToLowerInvariant();

    public static string Prefix(EntityKind kind) => kind.ToString().ToLowerInvariant();

    public static EntityKind? KindFromPrefix(string prefix) =>
        Enum.TryParse<EntityKind>(prefix, ignoreCase: true, out var kind) && prefix.All(char.IsAsciiLetterLower)
            ? kind
            : null;

    public static RelationType ParseRelationType(string text) =>
        RelationsByName.TryGetValue(text.Trim(), out var type)
            ? type
            : throw new FormatException($"Unknown relation type '{text}'; expected one of {string.Join(", ", RelationNames.Values)}.");

    public static EntityKind ParseEntityKind(string text) => ParseEnum<EntityKind>(text, "entity kind");

    public static EventKind ParseEventKind(string text) => ParseEnum<EventKind>(text, "event kind");

    public static EventStatus ParseEventStatus(string text) => ParseEnum<EventStatus>(text, "event status");

    public static ParticipantRole ParseParticipantRole(string text) => ParseEnum<ParticipantRole>(text, "participant role");

    private static T ParseEnum<T>(string text, string what)
        where T : struct, Enum =>
        Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new FormatException($"Unknown {what} '{text}'; expected one of {string.Join(", ", Enum.GetNames<T>())}.");
}
