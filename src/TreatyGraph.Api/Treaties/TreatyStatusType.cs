using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Treaties;

internal sealed class TreatyStatusType : EnumerationGraphType<TreatyStatus>
{
    public TreatyStatusType()
    {
        Name = "TreatyStatus";
    }
}
