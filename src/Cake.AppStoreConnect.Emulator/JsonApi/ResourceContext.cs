using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>What rendering a resource may look at: the locked store, the current time and the request's base URL.</summary>
internal sealed class ResourceContext
{
    public ResourceContext(StateStore store, DateTimeOffset now, string baseUrl, EmulatorContext emulator)
    {
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
}
