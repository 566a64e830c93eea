using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Schema;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Schema;

/// <summary>
/// The printed schema is committed (schema.graphql beside this project), so every change to the API's
/// contract shows up in review as a diff of that file.
/// </summary>
public sealed class SchemaSnapshotTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private const string SnapshotFile = "tests/TreatyGraph.Api.Tests/schema.graphql";
    private const string UpdateVariable = "UPDATE_SCHEMA_SNAPSHOT";

    [Fact]
    public void PrintedSchemaMatchesTheCommittedSnapshot()
    {
        var schema = api.Services.GetRequiredService<TreatyGraphSchema>();
        schema.Initialize();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = RepositoryFiles.PathOf(SnapshotFile);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, printed);
            return;
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            committed == printed,
            $"The schema differs from {SnapshotFile}. If the change is intended, run\n"
            + $"  {UpdateVariable}=1 dotnet test --project tests/TreatyGraph.Api.Tests -- --filter-method \"*PrintedSchemaMatches*\"\n"
            + "and commit the updated file. Differences (- committed, + now):\n"
            + LineDiff.Describe(committed, printed));
    }
}
