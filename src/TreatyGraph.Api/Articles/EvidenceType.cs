using GraphQL.Types;
using TreatyGraph.Api.Loading;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Articles;

internal sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Why the graph believes a fact: a sentence of an article, or a reference to another source.";
        Field<NonNullGraphType<StringGraphType>>("quote")
            .Description("The text a journalist can cite.")
            .Resolve(c => c.Source.Quote);
        Field<ArticleType>("article")
            .Description("The article the quote comes from; null for a reference.")
            .Resolve(c => c.Source.ArticleId is { } id
                ? c.RequestServices!.GetRequiredService<GraphLoaders>().Articles.Load(id)
                : null);
        Field<IntGraphType>("sentenceIndex")
            .Description("Which sentence of the article (0-based).")
            .Resolve(c => c.Source.SentenceIndex);
        Field<IntGraphType>("start")
            .Description("Offset of the quote's first character in the article's text.")
            .Resolve(c => c.Source.Start);
        Field<IntGraphType>("end")
            .Description("Offset just after the quote's last character.")
            .Resolve(c => c.Source.End);
        Field<SourceReferenceType>("reference").Resolve(c => c.Source.Reference);
    }
}
