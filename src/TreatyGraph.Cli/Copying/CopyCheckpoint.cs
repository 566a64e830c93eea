using System.Text.Json;

namespace TreatyGraph.Cli.Copying;

/// <summary>
/// How far a copy got: the last id applied to the target per item kind, saved after each batch so that the
/// same command resumes there. It belongs to one source and target; another pair starts afresh.
/// </summary>
internal sealed record CopyCheckpoint(string From, string To, Dictionary<string, string> LastIds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static CopyCheckpoint Load(string path, string from, string to)
    {
        if (File.Exists(path)
            && JsonSerializer.Deserialize<CopyCheckpoint>(File.ReadAllText(path), Json) is { } saved
            && saved.From == from
            && saved.To == to)
        {
            return saved;
        }

        return new CopyCheckpoint(from, to, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public string? LastId(CopyItemKind kind) => LastIds.GetValueOrDefault(kind.ToString());

    public async Task SaveAsync(string path, CopyItemKind kind, string lastId, CancellationToken cancellationToken)
    {
        LastIds[kind.ToString()] = lastId;

        // Written beside and renamed over, so a crash mid-write never leaves a torn checkpoint.
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(this, Json), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
