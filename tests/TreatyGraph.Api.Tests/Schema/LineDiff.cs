namespace TreatyGraph.Api.Tests.Schema;

/// <summary>A minimal line diff (longest common subsequence) for readable snapshot failures.</summary>
public static class LineDiff
{
    public static string Describe(string before, string after, int maxLines = 80)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<string>();
        int x = 0, y = 0;
        while ((x < a.Length || y < b.Length) && lines.Count < maxLines)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add($"+ {b[y++]}");
            }
            else
            {
                lines.Add($"- {a[x++]}");
            }
        }

        return string.Join('\n', lines);
    }
}
