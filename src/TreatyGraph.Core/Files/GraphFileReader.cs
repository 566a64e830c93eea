using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Core.Files;

/// <summary>
/// Reads one folder of graph files: entities and articles first, so that events and relations can be
/// checked against them. Collects every error, then fails the whole read if there is any.
/// </summary>
internal sealed class GraphFileReader(string directory, GraphFileReadOptions options)
{
    private readonly List<GraphFileError> _errors = [];
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly ArticleCatalog _catalog = new();
    private readonly List<Article> _articles = [];
    private readonly List<Event> _events = [];
    private readonly List<Relation> _relations = [];

    public async Task<GraphBatch> ReadAsync(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new GraphFileException([new GraphFileError(root, 0, "no such directory")]);
        }

        if (!GraphFiles.AllFiles.Any(f => File.Exists(Path.Combine(root, f))))
        {
            throw new GraphFileException([new GraphFileError(root, 0, $"no graph files here; expected {string.Join(", ", GraphFiles.AllFiles)}")]);
        }

        var entityLines = new Dictionary<string, int>(StringComparer.Ordinal);
        await ForEachLineAsync(GraphFilesJson.Default.EntityLine, GraphFiles.EntitiesFile, root, (line, number) =>
        {
            var entity = EntityLines.ToEntity(line);
            Unique(entityLines, entity.Id, number, "entity id");
            _entities.Add(entity.Id, entity);
            return Task.CompletedTask;
        }, cancellationToken);

        await ForEachLineAsync(GraphFilesJson.Default.ArticleLine, GraphFiles.ArticlesFile, root, async (line, _) =>
        {
            var key = ArticleLines.Key(line);
            var text = line.Text ?? await ReadArticleTextAsync(root, line.File!, cancellationToken);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new LineException($"article '{key}' has no text");
            }

            var article = ArticleLines.ToArticle(line, text);
            _catalog.Add(key, article);
            _articles.Add(article);
        }, cancellationToken);

        var references = new EntityReferences(_entities, options.AllowExternalEntities);
        var eventLines = new Dictionary<string, int>(StringComparer.Ordinal);
        await ForEachLineAsync(GraphFilesJson.Default.EventLine, GraphFiles.EventsFile, root, (line, number) =>
        {
            var e = EventLines.ToEvent(line, references, _catalog);
            Unique(eventLines, e.Id, number, "event id");
            _events.Add(e);
            return Task.CompletedTask;
        }, cancellationToken);

        var relationLines = new Dictionary<string, int>(StringComparer.Ordinal);
        await ForEachLineAsync(GraphFilesJson.Default.RelationLine, GraphFiles.RelationsFile, root, (line, number) =>
        {
            var relation = RelationLines.ToRelation(line, references, _catalog);
            if (relationLines.TryGetValue(relation.Id, out var first))
            {
                throw new LineException(
                    $"duplicate relation {WireNames.Of(relation.Type)} {relation.FromId} -> {relation.ToId} (same type, ends, role and validFrom as line {first}); merge their evidence into one line");
            }

            relationLines.Add(relation.Id, number);
            _relations.Add(relation);
            return Task.CompletedTask;
        }, cancellationToken);

        return _errors.Count > 0
            ? throw new GraphFileException(_errors)
            : new GraphBatch { Articles = _articles, Entities = [.. _entities.Values], Events = _events, Relations = _relations };
    }

    private static void Unique(Dictionary<string, int> seen, string id, int number, string what)
    {
        if (!seen.TryAdd(id, number))
        {
            throw new LineException($"duplicate {what} '{id}' (first on line {seen[id]})");
        }
    }

    private static async Task<string> ReadArticleTextAsync(string root, string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(root, file));
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new LineException($"file '{file}' is outside the folder");
        }

        if (!File.Exists(path))
        {
            throw new LineException($"article file '{file}' not found");
        }

        return await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
    }

    private async Task ForEachLineAsync<T>(
        JsonTypeInfo<T> type, string fileName, string root, Func<T, int, Task> handle, CancellationToken cancellationToken)
        where T : class
    {
        var path = Path.Combine(root, fileName);
        if (!File.Exists(path))
        {
            return;
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                var line = JsonSerializer.Deserialize(text, type) ?? throw new LineException("expected a JSON object, found null");
                await handle(line, number);
            }
            catch (JsonException ex)
            {
                _errors.Add(new GraphFileError(fileName, number, Describe(ex)));
            }
            catch (LineException ex)
            {
                _errors.Add(new GraphFileError(fileName, number, ex.Message));
            }
        }
    }

    private static string Describe(JsonException ex)
    {
        var field = ex.Path is { Length: > 2 } p ? p[2..] : null;
        if (ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"unknown field '{field}'";
        }

        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        return field is null ? $"invalid JSON: {message}" : $"invalid JSON at '{field}': {message}";
    }
}
