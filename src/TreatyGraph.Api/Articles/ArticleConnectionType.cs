using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Articles;

internal sealed class ArticleConnectionType : ConnectionGraphType<ArticleEdgeType, ArticleType, Article>
{
    public ArticleConnectionType()
    {
        Name = "ArticleConnection";
        Description = "Articles, newest published first.";
    }
}
