using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.Names;

/// <summary>A person's name as English-language news writes it, its other spellings, and the surname used on second mention.</summary>
internal sealed record PersonName(string Full, string Surname, IReadOnlyList<Alias> Aliases);
