using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.Stories;

/// <summary>
/// The daily news, without end: on a day, a few meetings, visits, summits, statements, protests, talks
/// and agreements among prominent states and the leaders in office on that day, some of them announced
/// for later (planned). The caller stops when the graph has its facts.
/// </summary>
internal static class NewsStories
{
    private static readonly float[] KindWeights = [30, 15, 8, 20, 10, 10, 7];

    public static IEnumerable<Story> Endless(StoryContext ctx)
    {
        while (true)
        {
            var anchor = ctx.Random.Bool(0.7f)
                ? Recent(ctx, new DateOnly(1946, 1, 1), Chronology.Now)
                : ctx.Between(new DateOnly(1905, 1, 1), Chronology.Now);
            var facts = new List<FactDraft>();
            var count = ctx.Random.Int(2, 7);
            for (var i = 0; i < count; i++)
            {
                if (Next(ctx, anchor) is { } fact)
                {
                    facts.Add(fact);
                }
            }

            if (facts.Count > 0)
            {
                yield return new Story($"Diplomatic news of {Chronology.DayText(anchor)}", anchor, facts);
            }
        }
    }

    private static DateOnly Recent(StoryContext ctx, DateOnly from, DateOnly to)
    {
        var u = ctx.Random.Double();
        return from.AddDays((int)((to.DayNumber - from.DayNumber) * (1 - (u * u))));
    }

    private static FactDraft? Next(StoryContext ctx, DateOnly anchor)
    {
        var kind = Pick(ctx, KindWeights);
        var planned = kind is 0 or 1 or 2 or 5 && ctx.Random.Bool(0.12f);
        var day = planned
            ? ctx.Between(anchor.AddDays(7), Chronology.Min(anchor.AddDays(400), Chronology.PlanHorizon))
            : anchor.AddDays(-ctx.Random.Int(0, 30));
        var a = ctx.World.PickPolity(ctx.Random, day);
        var b = a is null ? null : ctx.World.PickPolity(ctx.Random, day, [a]);
        if (a is null || b is null)
        {
            return null;
        }

        var date = planned ? ctx.Dates.Planned(day) : ctx.Dates.Event(day, ongoing: kind is 4 or 5);
        var status = planned ? EventStatus.Planned : EventStatus.Occurred;
        return kind switch
        {
            0 => NewsEvents.Meeting(ctx, a, b, day, date, status),
            1 => NewsEvents.Visit(ctx, a, b, day, date, status),
            2 => NewsEvents.Summit(ctx, a, b, day, date, status),
            3 => NewsEvents.Statement(ctx, a, day, date),
            4 => NewsEvents.Protest(ctx, a, b, date),
            5 => NewsEvents.Talks(ctx, a, b, date, status),
            _ => NewsEvents.Agreement(ctx, a, b, date),
        };
    }

    private static int Pick(StoryContext ctx, float[] weights)
    {
        var u = ctx.Random.Double() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return 0;
    }
}
