using GraphQL.Types;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Timelines;

internal sealed class MatchType : EnumerationGraphType<ParticipantMatch>
{
    public MatchType()
    {
        Name = "Match";
        Description = "ANY: events involving at least one requested participant; ALL: events involving every one.";
    }
}
