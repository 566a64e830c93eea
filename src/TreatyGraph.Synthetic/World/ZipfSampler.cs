using Bogus;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: the skew of who appears in the
/// news (a few states and leaders in most stories, a long tail in few).
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Randomizer random)
    {
        var u = random.Double();
        var at = Array.BinarySearch(_cumulative, u);
        return Math.Min(at < 0 ? ~at : at, _cumulative.Length - 1);
    }
}
