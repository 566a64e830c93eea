using GraphQL;
using GraphQL.Types;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Search;

/// <summary><c>search(text, kinds, first)</c>: entities by name or alias in any script, best match first.</summary>
internal static class SearchQueries
{
    public const int DefaultResults = 10;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("search")
            .Description("Entities whose name or an alias contains the text, ignoring case and accents, in any script: 'Etorofu', 'итуруп' and '択捉島' all find Iturup.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Only these kinds; all when omitted.")
            .Argument<IntGraphType>("first", "At most 100.", a => a.DefaultValue = DefaultResults)
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length == 0)
                {
                    throw GraphInputError.BadInput("'text' must not be empty.");
                }

                var query = new SearchQuery(
                    text,
                    c.GetArgument<List<EntityKind>?>("kinds") ?? [],
                    Paging.First(c.GetArgument<int?>("first"), defaultSize: DefaultResults));
                var hits = await c.RequestServices!.GetRequiredService<IGraphStore>().SearchAsync(query, c.CancellationToken);
                return hits.Select(h => h.Entity).ToList();
            });
    }
}
