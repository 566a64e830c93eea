using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.World;

/// <summary>A person's term in a role of a state, from <see cref="From"/> to <see cref="To"/> (null: still in office).</summary>
internal sealed record Term(
    string PersonId,
    string PersonName,
    string Surname,
    Polity Country,
    int RoleIndex,
    string Role,
    DateOnly From,
    DateOnly? To,
    DatedPhrase FromDate,
    DatedPhrase? ToDate);
