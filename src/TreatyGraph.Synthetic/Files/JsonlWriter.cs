using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TreatyGraph.Synthetic.Files;

/// <summary>
/// One JSONL file: a JSON object per line, UTF-8, LF, non-ASCII written as is (Cyrillic and Japanese
/// aliases stay readable). The caller writes one object between <see cref="Begin"/> and <see cref="EndAsync"/>.
/// </summary>
internal sealed class JsonlWriter : IAsyncDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;

    public JsonlWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public long Lines { get; private set; }

    public Utf8JsonWriter Begin()
    {
        _json.WriteStartObject();
        return _json;
    }

    public async ValueTask EndAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _buffer.Write("\n"u8);
        Lines++;
        if (_buffer.WrittenCount >= 48 * 1024)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await _json.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
