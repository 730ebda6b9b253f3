using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>What rendering a resource may look at: the locked store, the current time and the request's base URL.</summary>
internal sealed class ResourceContext
{
    private readonly Func<string, bool> _seesApp;

    public ResourceContext(StateStore store, DateTimeOffset now, string baseUrl, EmulatorContext emulator, Func<string, bool>? seesApp = null)
    {
        _seesApp = seesApp ?? (_ => true);
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

    /// <summary>
    /// Tells whether the request's key sees a record: one that belongs to an app the key cannot see (an
    /// individual key's user's apps) is, for that key, absent.
    /// </summary>
    public bool Sees(IRecord record) => record is not IAppOwned owned || _seesApp(owned.AppId);
}
