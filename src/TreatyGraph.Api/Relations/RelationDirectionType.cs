using GraphQL.Types;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Relations;

internal sealed class RelationDirectionType : EnumerationGraphType<RelationDirection>
{
    public RelationDirectionType()
    {
        Name = "RelationDirection";
        Description = "Which end of a relation the entity is: OUTGOING when it is 'from', INCOMING when it is 'to'.";
    }
}
