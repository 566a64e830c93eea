using GraphQL.Types;
using TreatyGraph.Api.Ingest;

namespace TreatyGraph.Api.Schema;

/// <summary>The root of every change; each needs an API key (<c>Api:Keys</c>).</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        IngestMutations.AddTo(this);
    }
}
