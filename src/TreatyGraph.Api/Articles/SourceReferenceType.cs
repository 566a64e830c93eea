using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Articles;

internal sealed class SourceReferenceType : ObjectGraphType<SourceReference>
{
    public SourceReferenceType()
    {
        Name = "SourceReference";
        Description = "A citable source that is not an ingested article: a treaty's text, a UN Treaty Series entry, a Wikidata item.";
        Field<NonNullGraphType<SourceKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("identifier")
            .Description("'UNTS 1832', 'Q17' and the like.")
            .Resolve(c => c.Source.Identifier);
    }
}
