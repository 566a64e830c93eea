using TreatyGraph.Core.Domain;
using TreatyGraph.Storage.Neo4j.Documents;

namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Deep equality of domain records (their lists compare by reference), through the stored document form.</summary>
internal static class Same
{
    public static string Of(Entity e) => DocumentJson.Write(e.ToDocument());

    public static string Of(Event e) => DocumentJson.Write(e.ToDocument());

    public static string Of(Relation r) => DocumentJson.Write(r.ToDocument());

    public static string Of(Article a) => DocumentJson.Write(a.ToDocument());
}
