using TreatyGraph.Ingestion.Time;
using TreatyGraph.Ingestion.Time.Recognition;

namespace TreatyGraph.Ingestion.Tests.Time;

/// <summary>The rule files are data; a mistake in one is reported with its file and line, not silently skipped.</summary>
public sealed class TimeRuleFileTests
{
    [Fact]
    public void ReadsBlocksOfKeysAndValues()
    {
        const string content = "# a comment\nrule: first\ntype: DATE\nmatch: today\nvalue: @dct+0D\n\nrule: second\ntype: DURATION\nmatch: a\\s+week\nvalue: P1W\nmod: {quantity}\n";

        var rules = TimeRuleFile.Parse("test.rules", content);

        Assert.Equal(["first", "second"], rules.Select(r => r.Name));
        Assert.Equal(TimexType.Duration, rules[1].Type);
        Assert.Equal(@"a\s+week", rules[1].Match);
        Assert.Equal("{quantity}", rules[1].Mod);
    }

    [Theory]
    [InlineData("rule: x\ntype: DATE\nmatch: y\n", "test.rules:1: the rule has no 'value'")]
    [InlineData("rule: x\ntype: MOMENT\nmatch: y\nvalue: z\n", "type 'MOMENT'")]
    [InlineData("rule: x\nkind: DATE\n", "test.rules:2: expected one of")]
    [InlineData("rule: x\nrule: y\n", "given twice")]
    public void ReportsWhereARuleIsWrong(string content, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => TimeRuleFile.Parse("test.rules", content));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnUnknownMacro()
    {
        var ex = Assert.Throws<InvalidDataException>(() => TimeMacros.Expand("%{monthz}", new Dictionary<string, string>(), "test.rules:3"));

        Assert.Contains("unknown macro %{monthz}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadsEveryEmbeddedRuleFile()
    {
        var rules = TimeRuleSet.Embedded.Rules;

        Assert.Contains(rules, r => r.Type == TimexType.Date);
        Assert.Contains(rules, r => r.Type == TimexType.Time);
        Assert.Contains(rules, r => r.Type == TimexType.Duration);
        Assert.Contains(rules, r => r.Type == TimexType.Set);
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct().Count());
    }
}
