using Cake.AppStoreConnect.Emulator.Access;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>What rendering a resource may look at: the locked store, the current time and the request's base URL.</summary>
internal sealed class ResourceContext
{
    public ResourceContext(StateStore store, DateTimeOffset now, string baseUrl, EmulatorContext emulator, IReadOnlySet<string>? visibleApps = null)
    {
        Visibility = new AppVisibility(visibleApps, this);
        Store = store;
        Now = now;
        BaseUrl = baseUrl;
        Emulator = emulator;
    }

    public StateStore Store { get; }

    public DateTimeOffset Now { get; }

    public string BaseUrl { get; }

    public EmulatorContext Emulator { get; }

    public ResourceTable<T> Table<T>()
        where T : class, IRecord => Store.Table<T>();

    public string Url(string path) => BaseUrl + path;

    /// <summary>Gets what the request's key sees: for it, a record of an app it cannot see does not exist.</summary>
    public AppVisibility Visibility { get; }
}
