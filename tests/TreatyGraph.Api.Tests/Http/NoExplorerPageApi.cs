using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TreatyGraph.Api.Http;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Http;

/// <summary>The API with no explorer page registered: the GraphQL endpoint on its own, as a host without pages has it.</summary>
public sealed class NoExplorerPageApi : TreatyGraphApi
{
    protected override void ConfigureServices(IServiceCollection services) => services.RemoveAll<IGraphQLBrowserPage>();
}
