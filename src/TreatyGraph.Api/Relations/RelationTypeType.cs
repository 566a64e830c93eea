using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Relations;

internal sealed class RelationTypeType : EnumerationGraphType<RelationType>
{
    public RelationTypeType()
    {
        Name = "RelationType";
    }
}
