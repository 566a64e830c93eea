using System.Reflection;
using Xunit.v3;

namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Skips each test of the class (fails it under CI) when no Neo4j answers; see <see cref="Neo4jTestServer"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => Neo4jTestServer.Require();
}
