using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Articles;

internal sealed class SourceKindType : EnumerationGraphType<SourceKind>
{
    public SourceKindType()
    {
        Name = "SourceKind";
    }
}
