namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// Reads the rule format of Rules/*.rules: blocks of <c>key: value</c> lines (rule, type, match, value,
/// optional mod) separated by blank lines; lines starting with <c>#</c> are comments.
/// </summary>
internal static class TimeRuleFile
{
    private static readonly string[] Keys = ["rule", "type", "match", "value", "mod"];

    public static IReadOnlyList<TimeRuleSpec> Parse(string fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rules = new List<TimeRuleSpec>();
        var block = new Dictionary<string, string>(StringComparer.Ordinal);
        var blockLine = 0;
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].TrimEnd() : string.Empty;
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (block.Count > 0)
                {
                    rules.Add(ToSpec(block, $"{fileName}:{blockLine}"));
                    block.Clear();
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim() : string.Empty;
            if (!Keys.Contains(key))
            {
                throw new InvalidDataException($"{fileName}:{i + 1}: expected one of {string.Join(", ", Keys)} followed by ':'");
            }

            if (block.Count == 0)
            {
                blockLine = i + 1;
            }

            if (!block.TryAdd(key, line[(colon + 1)..].Trim()))
            {
                throw new InvalidDataException($"{fileName}:{i + 1}: '{key}' given twice in one rule");
            }
        }

        return rules;
    }

    private static TimeRuleSpec ToSpec(Dictionary<string, string> block, string where)
    {
        string Required(string key) => block.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidDataException($"{where}: the rule has no '{key}'");

        var type = Required("type") switch
        {
            "DATE" => TimexType.Date,
            "TIME" => TimexType.Time,
            "DURATION" => TimexType.Duration,
            "SET" => TimexType.Set,
            var other => throw new InvalidDataException($"{where}: type '{other}' is not DATE, TIME, DURATION or SET"),
        };
        var mod = block.GetValueOrDefault("mod");
        return new TimeRuleSpec(Required("rule"), type, Required("match"), Required("value"), string.IsNullOrEmpty(mod) ? null : mod, where);
    }
}
