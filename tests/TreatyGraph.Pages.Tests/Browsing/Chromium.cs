using Microsoft.Playwright;
using TreatyGraph.Pages.Tests.Hosting;

[assembly: AssemblyFixture(typeof(TreatyGraph.Pages.Tests.Browsing.Chromium))]

namespace TreatyGraph.Pages.Tests.Browsing;

/// <summary>
/// Debian's Chromium driven by Playwright, launched once for the assembly with the server it browses: headless, no sandbox, no background
/// networking, and never a browser Playwright downloads itself. When there is no Chromium (or the pages' npm assets
/// were not built) the tests skip and say how to get it; under <c>CI=true</c> they fail instead.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private readonly PagesServer _server = new();

    /// <summary>Where Debian's package puts it; <c>TREATYGRAPH_CHROMIUM</c> names another one.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("TREATYGRAPH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public const string HowToInstall = "Install it with `sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), or point TREATYGRAPH_CHROMIUM at a Chromium of the same major version as Playwright's.";

    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _missing;
    private Exception? _launchFailure;

    private static bool IsCi => Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>The API the pages are served from.</summary>
    public PagesServer Server => _server;

    public async ValueTask InitializeAsync()
    {
        await _server.InitializeAsync();
        _missing = MissingPrerequisite();
        if (_missing is not null)
        {
            return;
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException ex)
        {
            // A Chromium that is there but will not start is a failure everywhere, never a skip.
            _launchFailure = ex;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>
    /// A fresh page (own context: no shared storage) watching for console errors and failed requests. Skips the
    /// calling test when the browser or the assets are missing, fails it under CI.
    /// </summary>
    public async Task<WatchedPage> OpenAsync()
    {
        if (_launchFailure is not null)
        {
            Assert.Fail($"{ExecutablePath} is there but Playwright could not start it: {_launchFailure.Message}");
        }

        if (_missing is not null)
        {
            if (IsCi)
            {
                Assert.Fail($"CI=true needs the real-browser tests to run (.ci/run installs what they need). {_missing}");
            }

            Assert.Skip(_missing);
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
            // West of Greenwich, where a date built at UTC midnight shows as the day before.
            TimezoneId = "America/New_York",
        });
        context.SetDefaultTimeout(30_000);
        return await WatchedPage.OpenAsync(context, _server.BaseAddress);
    }

    private string? MissingPrerequisite()
    {
        if (!File.Exists(ExecutablePath))
        {
            return $"No Chromium at {ExecutablePath}, so the real-browser tests cannot run. {HowToInstall}";
        }

        var missing = LibraryAssets.Missing(_server.WebRoot);
        if (missing.Count > 0)
        {
            return $"The pages' browser libraries are not built ({string.Join(", ", missing)} missing under {_server.WebRoot}). "
                + "Install Node.js with npm (`sudo apt-get install -y nodejs npm`) and build again: `dotnet build src/TreatyGraph.Api` runs `npm ci` and copies them into wwwroot/lib.";
        }

        return null;
    }
}
