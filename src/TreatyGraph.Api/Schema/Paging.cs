namespace TreatyGraph.Api.Schema;

/// <summary>Page sizes a client may ask for: small enough that one request cannot drain the store.</summary>
internal static class Paging
{
    public const int MaxPageSize = 100;

    public const int DefaultPageSize = 20;

    /// <summary>Returns <paramref name="first"/> (or the default) when it lies in 0..<paramref name="max"/>.</summary>
    public static int First(int? first, string argument = "first", int defaultSize = DefaultPageSize, int max = MaxPageSize)
    {
        var size = first ?? defaultSize;
        if (size < 0 || size > max)
        {
            throw GraphInputError.BadInput($"'{argument}' must be between 0 and {max}; it was {size}.");
        }

        return size;
    }
}
