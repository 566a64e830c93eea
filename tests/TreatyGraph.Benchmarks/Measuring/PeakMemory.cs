using System.Globalization;

namespace TreatyGraph.Benchmarks.Measuring;

/// <summary>Peak resident set size of a process (Linux <c>VmHWM</c>): the high-water mark, not a sample.</summary>
internal static class PeakMemory
{
    public static long? PeakRssBytes(int processId)
    {
        var path = $"/proc/{processId}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
