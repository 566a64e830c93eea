using GraphQL.Types;

namespace TreatyGraph.Api.Ingest;

internal sealed class ArticleInputType : InputObjectGraphType<IngestInput>
{
    public ArticleInputType()
    {
        Name = "ArticleInput";
        Description = "An article to read into the graph. Given metadata wins over what the text itself says.";
        Field<NonNullGraphType<StringGraphType>>("text")
            .Description("The article: plain text, an HTML page (page furniture is dropped) or JSON {title, published, url, publisher, text}.");
        Field<StringGraphType>("title").Description("Default: the document's own title or first line.");
        Field<StringGraphType>("published")
            .Description("Publication day, YYYY-MM-DD; relative dates ('later in November') are resolved against it. Default: a date in the document.");
        Field<StringGraphType>("url").Description("Where the article was published (an absolute http or https URL).");
        Field<StringGraphType>("publisher");
    }
}
