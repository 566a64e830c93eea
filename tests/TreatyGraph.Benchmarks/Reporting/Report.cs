using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyGraph.Benchmarks.Reporting;

/// <summary>Collects figures and writes them as a Markdown table (for docs/performance.md) and as JSON.</summary>
internal sealed class Report
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private readonly List<Figure> _figures = [];

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{figure.Scale:N0}] {figure.Name}: {Format(figure.Value)} {figure.Unit} (baseline {figure.Baseline}: {Format(figure.BaselineValue)}, ratio {Format(figure.Ratio)}){(figure.Target is null ? string.Empty : $" target {figure.Target}: {(figure.Met == true ? "met" : "MISSED")}")}"));
    }

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| scale | figure | value | baseline | baseline value | ratio | target | met |");
        sb.AppendLine("|---:|---|---:|---|---:|---:|---|---|");
        foreach (var f in _figures)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {f.Scale:N0} | {f.Name} | {Format(f.Value)} {f.Unit} | {f.Baseline} | {Format(f.BaselineValue)} | {Format(f.Ratio)}× | {f.Target ?? string.Empty} | {(f.Met is null ? string.Empty : f.Met.Value ? "yes" : "**no**")} |");
        }

        return sb.ToString();
    }

    public async Task WriteAsync(string directory, string name, string header, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".md"), header + ToMarkdown(), cancellationToken);
        await File.WriteAllTextAsync(
            Path.Combine(directory, name + ".json"),
            JsonSerializer.Serialize(_figures, Indented),
            cancellationToken);
    }

    public static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    public static string Format(double value) => value switch
    {
        double.NaN => "–",
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        > 0 and < 0.1 => value.ToString("G3", CultureInfo.InvariantCulture),
        _ => value.ToString("F2", CultureInfo.InvariantCulture),
    };
}
