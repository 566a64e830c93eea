using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Text;

namespace TreatyGraph.Core.Files;

/// <summary>
/// Writes graph files record by record, for producers too large to hold one <see cref="GraphBatch"/>
/// (the synthetic generator). Write an article before any evidence that cites it. Each record is checked
/// as the reader would check it, so what this writes reads back; a record that cannot be written throws
/// <see cref="GraphFileException"/> naming the file and line it would have been.
/// </summary>
public sealed class GraphFileWriter : IAsyncDisposable
{
    private const int MaxSlugLength = 60;

    private static readonly EntityReferences AnyWellFormedEntity = new(new Dictionary<string, Entity>(), allowExternal: true);

    private readonly string _root;
    private readonly ArticleCatalog _catalog = new();
    private readonly Sink _entities;
    private readonly Sink _events;
    private readonly Sink _relations;
    private readonly Sink _articles;

    private GraphFileWriter(string root)
    {
        _root = root;
        _entities = new Sink(root, GraphFiles.EntitiesFile);
        _events = new Sink(root, GraphFiles.EventsFile);
        _relations = new Sink(root, GraphFiles.RelationsFile);
        _articles = new Sink(root, GraphFiles.ArticlesFile);
    }

    /// <summary>Creates the folder if needed and replaces the four files in it.</summary>
    public static GraphFileWriter Create(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.GetFullPath(directory);
        Directory.CreateDirectory(Path.Combine(root, GraphFiles.ArticleTextFolder));
        return new GraphFileWriter(root);
    }

    /// <summary>Articles first, so that evidence finds them.</summary>
    public async Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var article in batch.Articles)
        {
            await WriteArticleAsync(article, cancellationToken);
        }

        foreach (var entity in batch.Entities)
        {
            await WriteEntityAsync(entity, cancellationToken);
        }

        foreach (var e in batch.Events)
        {
            await WriteEventAsync(e, cancellationToken);
        }

        foreach (var relation in batch.Relations)
        {
            await WriteRelationAsync(relation, cancellationToken);
        }
    }

    public async Task WriteArticleAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var key = _articles.Check(() => KeyFor(article));
        var file = $"{GraphFiles.ArticleTextFolder}/{key}.txt";
        var line = ArticleLines.ToLine(article, key, file);
        var read = _articles.Check(() => ArticleLines.ToArticle(line, article.Text));
        _articles.Check(() =>
        {
            if (read.Id != article.Id)
            {
                throw new LineException($"article id {article.Id} is not the hash of its text ({read.Id})");
            }

            if (article.Sentences.Count > 0 && !article.Sentences.SequenceEqual(read.Sentences))
            {
                throw new LineException($"article {article.Id} has sentences other than {nameof(SentenceSegmenter)} finds; evidence would not read back");
            }

            _catalog.Add(key, read);
        });

        await File.WriteAllTextAsync(Path.Combine(_root, file), article.Text, new UTF8Encoding(false), cancellationToken);
        await _articles.WriteAsync(line, GraphFilesJson.Writing.ArticleLine, cancellationToken);
    }

    public Task WriteEntityAsync(Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var line = EntityLines.ToLine(entity);
        _entities.Check(() => EntityLines.ToEntity(line));
        return _entities.WriteAsync(line, GraphFilesJson.Writing.EntityLine, cancellationToken);
    }

    public Task WriteEventAsync(Event e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var line = _events.Check(() => EventLines.ToLine(e, _catalog));
        _events.Check(() => EventLines.ToEvent(line, AnyWellFormedEntity, _catalog));
        return _events.WriteAsync(line, GraphFilesJson.Writing.EventLine, cancellationToken);
    }

    public Task WriteRelationAsync(Relation relation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var line = _relations.Check(() => RelationLines.ToLine(relation, _catalog));
        _relations.Check(() => RelationLines.ToRelation(line, AnyWellFormedEntity, _catalog));
        return _relations.WriteAsync(line, GraphFilesJson.Writing.RelationLine, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _entities.DisposeAsync();
        await _events.DisposeAsync();
        await _relations.DisposeAsync();
        await _articles.DisposeAsync();
    }

    /// <summary>Readable, stable keys: <c>2018-11-22-peace-treaty-between-russia-japan…</c>, made unique with a counter.</summary>
    private string KeyFor(Article article)
    {
        var slug = EntityIds.Slug(article.Title);
        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = slug[..(cut > 0 ? cut : MaxSlugLength)];
        }

        var stem = (article.Published, slug.Length) switch
        {
            (null, 0) => article.Id.Replace("article:", string.Empty, StringComparison.Ordinal),
            (null, _) => slug,
            ({ } day, 0) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ({ } day, _) => $"{day:yyyy-MM-dd}-{slug}",
        };

        var key = stem;
        for (var n = 2; _catalog.ContainsKey(key); n++)
        {
            key = $"{stem}-{n}";
        }

        return key;
    }

    /// <summary>One output file, counting its lines so that errors can say where.</summary>
    private sealed class Sink(string root, string fileName) : IAsyncDisposable
    {
        private readonly StreamWriter _writer = new(Path.Combine(root, fileName), append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        private int _lines;

        public T Check<T>(Func<T> step)
        {
            try
            {
                return step();
            }
            catch (LineException ex)
            {
                throw new GraphFileException([new GraphFileError(fileName, _lines + 1, ex.Message)]);
            }
        }

        public void Check(Action step) => Check(() =>
        {
            step();
            return true;
        });

        public async Task WriteAsync<T>(T line, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        {
            await _writer.WriteLineAsync(JsonSerializer.Serialize(line, type).AsMemory(), cancellationToken);
            _lines++;
        }

        public ValueTask DisposeAsync() => _writer.DisposeAsync();
    }
}
