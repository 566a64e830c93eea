using GraphQL.Types;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Api.Dates;

internal sealed class DatePrecisionType : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionType()
    {
        Name = "DatePrecision";
        Description = "How finely a date is known, finest first.";
    }
}
