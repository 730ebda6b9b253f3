using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Listing;

namespace Cake.AppStoreConnect.Listing;

/// <summary>Finds what the listing is written to: the editable App Store version and app info, found by state.</summary>
internal static class ListingTarget
{
    /// <summary>The named version, else the platform's editable one, else its newest; whether it may be edited is checked once a change is planned.</summary>
    public static AscAppStoreVersion? Version(AscApp app, string platform, string? versionString, IReadOnlyList<AscAppStoreVersion> versions, bool required)
    {
        if (versionString is not null)
        {
            return versions.FirstOrDefault(v => v.VersionString == versionString)
                ?? throw new AscListingException($"{app.BundleId} has no {platform} App Store version {versionString} (versions: {Names(versions)}). Create it with AscPrepareAppStoreVersion, or name another with ForVersion.");
        }

        var found = versions.FirstOrDefault(v => v.IsEditable) ?? (versions.Count > 0 ? versions[0] : null);
        return found is null && required
            ? throw new AscListingException($"{app.BundleId} has no {platform} App Store version to write the texts to. Create one with AscPrepareAppStoreVersion, then run this again.")
            : found;
    }

    /// <summary>The editable app info, else the first; whether it may be edited is checked once a change is planned.</summary>
    public static AscAppInfo? AppInfo(AscApp app, IReadOnlyList<AscAppInfo> infos, bool required) =>
        infos.FirstOrDefault(i => i.IsEditable) ?? (infos.Count > 0 ? infos[0] : null)
        ?? (required ? throw new AscListingException($"App Store Connect returned no app info for {app.BundleId}.") : null);

    /// <summary>Refuses planned changes to a version that cannot be edited, naming its state and what to do.</summary>
    public static void RequireEditable(AscApp app, AscAppStoreVersion version)
    {
        if (!version.IsEditable)
        {
            throw new AscListingException($"{app.BundleId} {version.Platform} version {version.VersionString} is {version.State}, and its texts cannot be edited in that state; nothing was changed. {WhatToDo(version.State)}");
        }
    }

    /// <summary>Refuses planned changes to an app info that cannot be edited, naming its state and what to do.</summary>
    public static void RequireEditable(AscApp app, AscAppInfo info)
    {
        if (!info.IsEditable)
        {
            throw new AscListingException(
                $"{app.BundleId} has no editable app info (it is {info.State}), so its name, subtitle, privacy URL, categories and age rating cannot change now; nothing was changed. " +
                "One app info serves every platform: while any platform's version waits for or is in App Review it is locked. " +
                "Wait for the review to finish, or cancel it with AscCancelReviewSubmission; after a release, prepare the next version with AscPrepareAppStoreVersion (Apple then opens a new app info).");
        }
    }

    /// <summary>Whether Apple treats the version as the app's first on the platform: no version was ever released.</summary>
    public static bool IsFirstVersion(AscAppStoreVersion version, IReadOnlyList<AscAppStoreVersion> versions) =>
        !version.IsLive && !versions.Any(v => v.IsLive);

    private static string WhatToDo(string state) =>
        AscAppVersionState.InReviewStates.Contains(state)
            ? "Wait for App Review, or cancel the submission with AscCancelReviewSubmission and run this again."
            : "Prepare the next version with AscPrepareAppStoreVersion and write its texts (name it with ForVersion).";

    private static string Names(IReadOnlyList<AscAppStoreVersion> versions) =>
        string.Join(", ", versions.Take(5).Select(v => $"{v.VersionString} {v.State}"));
}
