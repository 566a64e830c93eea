using System.Globalization;
using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Articles;

internal sealed class ArticleType : ObjectGraphType<Article>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "An ingested document; its id comes from a hash of its text.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("publisher").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("published")
            .Description("Publication day (ISO 8601).")
            .Resolve(c => c.Source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(c => c.Source.Language);
        Field<StringGraphType>("ingestedAt")
            .Description("When the graph learned it (ISO 8601).")
            .Resolve(c => c.Source.IngestedAt == default ? null : c.Source.IngestedAt.ToString("O", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("sentenceCount").Resolve(c => c.Source.Sentences.Count);
    }
}
