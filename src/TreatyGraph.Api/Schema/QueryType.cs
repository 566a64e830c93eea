using GraphQL.Types;
using TreatyGraph.Api.Articles;
using TreatyGraph.Api.Connections;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Search;
using TreatyGraph.Api.Stats;
using TreatyGraph.Api.Timelines;

namespace TreatyGraph.Api.Schema;

/// <summary>The root of every read; each feature adds its own fields.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        EntityQueries.AddTo(this);
        SearchQueries.AddTo(this);
        TimelineQueries.AddTo(this);
        ConnectionQueries.AddTo(this);
        ArticleQueries.AddTo(this);
        StatsQueries.AddTo(this);
    }
}
