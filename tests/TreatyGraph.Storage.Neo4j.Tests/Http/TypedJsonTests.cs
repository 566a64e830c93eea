using System.Text.Json;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Tests.Http;

public sealed class TypedJsonTests
{
    private static readonly TreatyGraph.Storage.Neo4j.Http.CypherResult Row =
        ResponseBody.QueryApiResult(JsonDocument.Parse(Fixtures.TypedRow).RootElement, typed: true);

    private static JsonElement Value(string field) => Row.Rows[0][Row.Columns.ToList().IndexOf(field)];

    [Fact]
    public void NodesBecomeElementIdLabelsAndPlainProperties()
    {
        var node = Value("node");

        Assert.Equal("4:ff04df25:2", node.GetProperty("elementId").GetString());
        Assert.Equal(["Entity"], node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("country:japan", node.GetProperty("properties").GetProperty("id").GetString());
        Assert.Equal(19561019, node.GetProperty("properties").GetProperty("earliest").GetInt64());
    }

    [Fact]
    public void RelationshipsKeepTheirEndsTypeAndProperties()
    {
        var rel = Value("rel");

        Assert.Equal("4:ff04df25:2", rel.GetProperty("startNodeElementId").GetString());
        Assert.Equal("4:ff04df25:3", rel.GetProperty("endNodeElementId").GetString());
        Assert.Equal("SOURCE_OF", rel.GetProperty("type").GetString());
        Assert.Equal("1956-10-19", rel.GetProperty("properties").GetProperty("since").GetString());
    }

    [Fact]
    public void IntegersSentAsTextKeepAll64Bits() => Assert.Equal(long.MaxValue, Value("count").GetInt64());

    [Fact]
    public void TemporalValuesBecomeTheirIsoText()
    {
        Assert.Equal("2018-11-14", Value("day").GetString());
        Assert.Equal("2024-01-01T21:40:32-01:00", Value("at").GetString());
        Assert.Equal("2015-11-21T21:40:32.142", Value("local").GetString());
        Assert.Equal("P14DT16H12M", Value("span").GetString());
    }

    [Fact]
    public void ListsMapsNullsBooleansFloatsAndPathsBecomePlainJson()
    {
        Assert.Equal(["Iturup", "Итуруп"], Value("names").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Null, Value("map").GetProperty("role").ValueKind);
        Assert.Equal(JsonValueKind.Null, Value("nothing").ValueKind);
        Assert.True(Value("flag").GetBoolean());
        Assert.Equal(0.25, Value("ratio").GetDouble());
        Assert.Equal(["Entity", "TARGET", "Relation"], Value("path").EnumerateArray().Select(e => e.TryGetProperty("type", out var t) ? t.GetString() : e.GetProperty("labels")[0].GetString()));
    }

    [Fact]
    public void AValueWithoutTypeIsAProtocolError()
    {
        var error = Assert.Throws<Neo4jException>(() => TypedJson.ToPlain(JsonDocument.Parse("""{ "_value": 1 }""").RootElement));

        Assert.Equal(Neo4jFailure.Protocol, error.Failure);
    }
}
