namespace TreatyGraph.Cli.Commands;

/// <summary>
/// Reports progress on the caller's thread, in order: <see cref="Progress{T}"/> posts to the thread pool,
/// which would print lines out of order and after the command has finished.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
