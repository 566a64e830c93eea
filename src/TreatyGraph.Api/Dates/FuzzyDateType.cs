using GraphQL.Types;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Api.Dates;

internal sealed class FuzzyDateType : ObjectGraphType<FuzzyDate>
{
    public FuzzyDateType()
    {
        Name = "FuzzyDate";
        Description = "A date as precisely as its source knows it (EDTF). A year stays a year: it never becomes 1 January.";
        Field<NonNullGraphType<StringGraphType>>("edtf")
            .Description("The date in Extended Date/Time Format: 1956-10-19, 2018-11, 2019-37 (early 2019), 195X, 1991/..")
            .Resolve(c => c.Source.Edtf);
        Field<StringGraphType>("earliest")
            .Description("The first day it may be (ISO 8601), or null when the start is open.")
            .Resolve(c => c.Source.Earliest);
        Field<StringGraphType>("latest")
            .Description("The last day it may be (ISO 8601), or null when the end is open.")
            .Resolve(c => c.Source.Latest);
        Field<NonNullGraphType<DatePrecisionType>>("precision").Resolve(c => c.Source.Precision);
        Field<NonNullGraphType<StringGraphType>>("display")
            .Description("How a person would say it: '19 October 1956', 'November 2018', 'early 2019', 'the 1950s'.")
            .Resolve(c => c.Source.Display);
        Field<StringGraphType>("phrase")
            .Description("The words the date was read from, when it came from an article.")
            .Resolve(c => c.Source.Phrase);
    }
}
