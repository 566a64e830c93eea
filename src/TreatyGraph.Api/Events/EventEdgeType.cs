using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Events;

internal sealed class EventEdgeType : EdgeGraphType<EventType, Event>
{
    public EventEdgeType()
    {
        Name = "EventEdge";
    }
}
