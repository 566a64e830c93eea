using System.Diagnostics;
using System.Globalization;

namespace TreatyGraph.Benchmarks.Reporting;

/// <summary>
/// When, on what and from which commit a report was taken, and how busy the machine was: the head of the report,
/// so that figures copied into docs/performance.md carry their date, commit and load with them.
/// </summary>
internal sealed record RunInfo(string Mode, string Configuration, DateTimeOffset Started, string Commit, string LoadAtStart)
{
    public static RunInfo Start(BenchmarkSettings settings) => new(
        settings.Mode,
        settings.ApiDll.Contains("/release/", StringComparison.Ordinal) ? "Release" : "Debug",
        DateTimeOffset.UtcNow,
        DescribeCommit(),
        LoadAverage());

    public string ToMarkdown(DateTimeOffset finished) => string.Create(CultureInfo.InvariantCulture, $"""
        Benchmark run `{Mode}` ({Configuration} build), commit `{Commit}`, {Started:yyyy-MM-dd HH:mm} to {finished:HH:mm} UTC,
        {Environment.ProcessorCount} logical CPUs, load average (1, 5, 15 min) {LoadAtStart} at the start and {LoadAverage()} at the end.

        """);

    private static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string DescribeCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "describe --always --dirty --abbrev=10")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return "unknown";
            }

            var described = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && described.Length > 0 ? described : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
