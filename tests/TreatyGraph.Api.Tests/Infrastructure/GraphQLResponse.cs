using System.Net;
using System.Text.Json;

namespace TreatyGraph.Api.Tests.Infrastructure;

/// <summary>What came back over HTTP: status, media type and the JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasData => Body.TryGetProperty("data", out _);

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];

    /// <summary>The data, after asserting the request succeeded without errors.</summary>
    public JsonElement Ok()
    {
        Assert.True(Errors.Count == 0, $"Expected no errors, got: {Body}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return Data;
    }

    /// <summary>The single error's code, after asserting there is exactly one error.</summary>
    public JsonElement SingleError()
    {
        Assert.True(Errors.Count == 1, $"Expected one error, got: {Body}");
        return Errors[0];
    }

    public override string ToString() => $"{(int)Status} {ContentType} {Body}";
}
