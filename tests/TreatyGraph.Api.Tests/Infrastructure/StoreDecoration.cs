using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Tests.Infrastructure;

public static class StoreDecoration
{
    /// <summary>Wraps the registered store (whatever the provider) in a decorator made from it.</summary>
    public static IServiceCollection DecorateGraphStore(this IServiceCollection services, Func<IGraphStore, IGraphStore> decorate)
    {
        var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton(provider => decorate(Create(original, provider)));
        return services;
    }

    private static IGraphStore Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationInstance as IGraphStore
        ?? (IGraphStore?)descriptor.ImplementationFactory?.Invoke(provider)
        ?? (IGraphStore)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
