using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Events;

internal sealed class EventConnectionType : ConnectionGraphType<EventEdgeType, EventType, Event>
{
    public EventConnectionType()
    {
        Name = "EventConnection";
        Description = "Events in timeline order: by earliest day, then latest day; undated events last.";
    }
}
