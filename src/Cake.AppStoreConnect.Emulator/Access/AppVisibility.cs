using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// The one rule of what an individual key sees: a record is visible when it belongs to at least one of the
/// key's user's visible apps (<see cref="IAppOwned"/>); records of no app (users, bundle ids, …) are seen by
/// every key. Whatever the key cannot see is, for it, missing: by its own path and its relationship paths it
/// answers exactly as a record that does not exist (404 <c>NOT_FOUND</c>), and it is absent from lists, from
/// relationship linkages and from <c>included</c>. A team key, or an individual key whose user sees all apps,
/// sees everything.
/// </summary>
internal sealed class AppVisibility
{
    private readonly IReadOnlySet<string>? _apps;

    private AppVisibility(IReadOnlySet<string>? apps)
    {
        _apps = apps;
    }

    /// <summary>Gets the visibility of a key that sees every app.</summary>
    public static AppVisibility Everything { get; } = new(null);

    /// <summary>Gets the visibility of the request's key (everything when the request has none, e.g. the emulator's own processing).</summary>
    public static AppVisibility Of(HttpContext http) =>
        http.Items[typeof(ApiKey)] is ApiKey { Access.VisibleAppIds: { } apps } ? new(apps) : Everything;

    public bool Sees(IRecord record) => _apps is null || record is not IAppOwned owned || owned.AppIds.Any(_apps.Contains);

    /// <summary>Gets the record when the key sees it, else null: the caller answers as for a missing record.</summary>
    public T? Visible<T>(T? record)
        where T : class, IRecord =>
        record is not null && Sees(record) ? record : null;

    public IEnumerable<T> Visible<T>(IEnumerable<T> records)
        where T : class, IRecord =>
        _apps is null ? records : records.Where(Sees);

    /// <summary>Leaves out the ids of <paramref name="type"/> whose records the key cannot see (ids of records not stored are kept).</summary>
    public IEnumerable<string> VisibleIds(string type, IEnumerable<string> ids, ResourceContext context) =>
        _apps is null || context.Emulator.Registry.Find(type) is not { } descriptor
            ? ids
            : ids.Where(id => descriptor.Find(id, context) is not { } record || Sees(record));

    /// <summary>
    /// Answers 404 <c>NOT_FOUND</c>, before the handler runs, when the route's own record
    /// (<c>/v1/{type}/{id}</c> and every path below it, whatever the method) belongs to an app the key cannot see.
    /// </summary>
    public void CheckOwnPath(HttpContext http, string pattern, EmulatorContext emulator)
    {
        if (_apps is null)
        {
            return;
        }

        var segments = pattern.Trim('/').Split('/');
        if (segments.Length < 3 || segments[2] is not ['{', .. var name, '}']
            || http.Request.RouteValues[name.Split(':')[0]] is not string id
            || emulator.Registry.Find(segments[1]) is not { } descriptor)
        {
            return;
        }

        var hidden = emulator.Store.Read(store => descriptor.Find(id, emulator.CreateContext(store, http)) is { } record && !Sees(record));
        if (hidden)
        {
            throw Errors.NotFound(descriptor.Type, id);
        }
    }
}
