using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;

/// <summary>A stored pre-release version: one per app, marketing version and platform, made by the first build.</summary>
internal sealed class PreReleaseVersionRecord : IAppOwned
{
    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required string Version { get; init; }

    public required string Platform { get; init; }

    /// <summary>Finds the version a new build belongs to, creating it on first use as App Store Connect does.</summary>
    public static PreReleaseVersionRecord FindOrCreate(StateStore store, string appId, string version, string platform)
    {
        var versions = store.Table<PreReleaseVersionRecord>();
        var existing = versions.Where(v => v.AppId == appId && v.Version == version && v.Platform == platform).FirstOrDefault();
        if (existing is not null)
        {
            return existing;
        }

        var created = new PreReleaseVersionRecord { Id = Ids.NewUuid(), AppId = appId, Version = version, Platform = platform };
        versions.Add(created);
        return created;
    }
}
