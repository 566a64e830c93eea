using Microsoft.Playwright;

namespace TreatyGraph.Pages.Tests.Browsing;

/// <summary>
/// A browser page that notes everything a user would call broken: console errors (including refused content-security
/// violations), uncaught script errors, requests that fail or answer 4xx/5xx, and any request that leaves this server.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _origin;
    private readonly List<string> _problems = [];
    private readonly List<Task> _pendingBodies = [];
    private readonly HashSet<string> _expectedFailures = new(StringComparer.Ordinal);

    private WatchedPage(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        Page = page;
        _origin = origin;
        page.Console += (_, message) =>
        {
            // Chromium also logs each error answer to the console; those of expected failures are expected too.
            if (message.Type == "error" && !(message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && IsExpectedFailure(message.Location)))
            {
                Note($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Note($"uncaught script error: {error}");
        page.Request += (_, request) =>
        {
            if (!IsOurs(request.Url))
            {
                Note($"request outside this server: {request.Method} {request.Url}");
            }
        };
        page.RequestFailed += (_, request) => Note($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsExpectedFailure(response.Url))
            {
                lock (_problems)
                {
                    _pendingBodies.Add(NoteFailedResponseAsync(response));
                }
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Everything that went wrong so far, in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<WatchedPage> OpenAsync(IBrowserContext context, Uri origin) =>
        new(context, await context.NewPageAsync(), origin);

    /// <summary>A request (path and query) the test makes fail on purpose; its error status is not a problem.</summary>
    public void ExpectFailure(string pathAndQuery) => _expectedFailures.Add(pathAndQuery);

    public async Task GoToAsync(string pathAndQuery) =>
        await Page.GotoAsync(pathAndQuery, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });

    /// <summary>Fails with every problem seen, after waiting for the page's requests to settle.</summary>
    public async Task AssertNoProblemsAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Task[] pending;
        lock (_problems)
        {
            pending = [.. _pendingBodies];
        }

        await Task.WhenAll(pending);
        Assert.True(Problems.Count == 0, $"{Page.Url}:\n  " + string.Join("\n  ", Problems));
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private bool IsExpectedFailure(string location) =>
        _expectedFailures.Any(pathAndQuery => location.StartsWith(new Uri(_origin, pathAndQuery).ToString(), StringComparison.Ordinal));

    private bool IsOurs(string url) =>
        url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == _origin.Scheme && uri.Host == _origin.Host && uri.Port == _origin.Port);

    // The answer's first lines say why (a GraphQL error, a problem+json detail), which the status alone does not.
    private async Task NoteFailedResponseAsync(IResponse response)
    {
        string body;
        try
        {
            body = await response.TextAsync();
        }
        catch (PlaywrightException ex)
        {
            body = $"(body unavailable: {ex.Message})";
        }

        var sent = response.Request.PostData is { } data ? $" sent {Excerpt(data)}" : string.Empty;
        Note($"HTTP {response.Status}: {response.Request.Method} {response.Url}{sent} answered {Excerpt(body)}");
    }

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "…";

    private void Note(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
