using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.AppStore;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Finds the version an alias acts on: the one named, or the one the step applies to.</summary>
internal static class AppStoreVersionLocator
{
    public static async Task<AscAppStoreVersion> FindAsync(AppStoreConnectClient client, AscApp app, string platform, string? versionString, Func<AscAppStoreVersion, bool> preferred, string what, CancellationToken cancellationToken)
    {
        var versions = await client.AppStoreVersions.ListAsync(app.Id, platform, versionString, cancellationToken: cancellationToken);
        if (versionString is not null)
        {
            return (versions.Count > 0 ? versions[0] : null)
                ?? throw new AscAppStoreException($"{app.BundleId} has no {platform} App Store version {versionString}. Create it with AscPrepareAppStoreVersion first.");
        }

        return versions.FirstOrDefault(preferred)
            ?? throw new AscAppStoreException(versions.Count == 0
                ? $"{app.BundleId} has no {platform} App Store version yet. Create one with AscPrepareAppStoreVersion."
                : $"{app.BundleId} has no {platform} {what} (versions: {string.Join(", ", versions.Take(5))}). Name the version with VersionString.");
    }
}
