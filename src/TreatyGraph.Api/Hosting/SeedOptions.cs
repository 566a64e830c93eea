namespace TreatyGraph.Api.Hosting;

/// <summary>Loading the curated seed graph at start (section <c>Seed</c>).</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Load the seed data when the store is empty.</summary>
    public bool OnStartup { get; set; } = true;

    /// <summary>The seed folder; by default the <c>seed-data</c> folder found above the working or app directory.</summary>
    public string? Path { get; set; }
}
