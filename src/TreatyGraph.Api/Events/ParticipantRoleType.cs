using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Events;

internal sealed class ParticipantRoleType : EnumerationGraphType<ParticipantRole>
{
    public ParticipantRoleType()
    {
        Name = "ParticipantRole";
    }
}
