namespace TreatyGraph.Exports.Tests.Streaming;

/// <summary>
/// A write-only sink that keeps no content, only counts: bytes received, and how many arrived between two flushes
/// (the most an exporter held back before pushing output on).
/// </summary>
internal sealed class RecordingStream : Stream
{
    private long _sinceFlush;

    public long BytesWritten { get; private set; }

    public int Flushes { get; private set; }

    public long MostBytesBetweenFlushes { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Count(count);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Count(buffer.Length);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Count(count);
        return Task.CompletedTask;
    }

    public override void Flush() => throw new InvalidOperationException("exports flush asynchronously (Kestrel refuses synchronous writes)");

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flushes++;
        MostBytesBetweenFlushes = Math.Max(MostBytesBetweenFlushes, _sinceFlush);
        _sinceFlush = 0;
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Count(int count)
    {
        BytesWritten += count;
        _sinceFlush += count;
    }
}
