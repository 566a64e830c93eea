using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Schema;

/// <summary>Turns ids that name nothing into one NOT_FOUND error that lists them.</summary>
internal static class EntityExistence
{
    public static async Task RequireAsync(IGraphStore store, IReadOnlyCollection<string> ids, string argument, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var found = await store.GetEntitiesAsync(ids, cancellationToken);
        var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw GraphInputError.NotFound($"'{argument}': no entity has id {string.Join(", ", missing.Select(id => $"'{id}'"))}.");
        }
    }
}
