using GraphQL.Types;
using TreatyGraph.Api.Articles;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Events;
using TreatyGraph.Api.Relations;
using TreatyGraph.Ingestion.Merging;

namespace TreatyGraph.Api.Ingest;

internal sealed class IngestResultType : ObjectGraphType<IngestResult>
{
    public IngestResultType()
    {
        Name = "IngestResult";
        Description = "What one ingestion did. Lists are empty when the same text was ingested before.";
        Field<NonNullGraphType<ArticleType>>("article")
            .Description("The stored article (its id comes from its text, so the same text is the same article).")
            .Resolve(c => c.Loaders().Articles.Load(c.Source.ArticleId));
        Field<NonNullGraphType<BooleanGraphType>>("isNew")
            .Description("False when this text was ingested before: nothing changed.")
            .Resolve(c => c.Source.IsNew);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("createdEntities")
            .Description("Names the graph did not know, now entities.")
            .Resolve(c => c.Loaders().Entities.LoadMany(c.Source.CreatedEntities));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("createdEvents")
            .Resolve(c => c.Loaders().Events.LoadMany(c.Source.CreatedEvents));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("mergedEvents")
            .Description("Events the graph already held that this article reports too; they gained its evidence instead of a twin.")
            .Resolve(c => c.Loaders().Events.LoadMany(c.Source.MergedEvents));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("createdRelations")
            .Resolve(c => c.Loaders().Relations.LoadMany(c.Source.CreatedRelations));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("mergedRelations")
            .Description("Relations the graph already held that this article states too (same ends and type, agreeing role and dates); they gained its evidence.")
            .Resolve(c => c.Loaders().Relations.LoadMany(c.Source.MergedRelations));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unresolved")
            .Description("What was read but tied to nothing: a pronoun or description with nobody named before it, by sentence.")
            .Resolve(c => c.Source.Unresolved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Notes on the reading, such as no publication date to resolve relative dates against.")
            .Resolve(c => c.Source.Warnings);
    }
}
