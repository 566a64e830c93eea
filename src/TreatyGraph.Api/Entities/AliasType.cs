using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Entities;

internal sealed class AliasType : ObjectGraphType<Alias>
{
    public AliasType()
    {
        Name = "Alias";
        Description = "Another name of an entity, in another language or script.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("language")
            .Description("BCP 47 tag where known: 'ja', 'ru', 'ja-Latn'.")
            .Resolve(c => c.Source.Language);
    }
}
