using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Events;

internal sealed class EventStatusType : EnumerationGraphType<EventStatus>
{
    public EventStatusType()
    {
        Name = "EventStatus";
    }
}
