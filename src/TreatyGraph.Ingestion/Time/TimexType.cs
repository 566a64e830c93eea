namespace TreatyGraph.Ingestion.Time;

/// <summary>TIMEX3 types; on the wire they are upper case (<c>DATE</c>, <c>TIME</c>, <c>DURATION</c>, <c>SET</c>).</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: a day, week, month, season, quarter, year, decade, century.</summary>
    Date,

    /// <summary>A time of day, or a part of a day ("Friday morning").</summary>
    Time,

    /// <summary>An amount of time ("a month", "10 years"); it has no place on a timeline.</summary>
    Duration,

    /// <summary>A recurring time ("every year", "each season"); it has no place on a timeline.</summary>
    Set,
}
