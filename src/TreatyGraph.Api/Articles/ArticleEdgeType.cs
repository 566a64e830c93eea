using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Articles;

internal sealed class ArticleEdgeType : EdgeGraphType<ArticleType, Article>
{
    public ArticleEdgeType()
    {
        Name = "ArticleEdge";
    }
}
