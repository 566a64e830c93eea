using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Events;

internal sealed class EventKindType : EnumerationGraphType<EventKind>
{
    public EventKindType()
    {
        Name = "EventKind";
    }
}
