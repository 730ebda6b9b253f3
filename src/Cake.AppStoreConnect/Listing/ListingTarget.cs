using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Listing;

namespace Cake.AppStoreConnect.Listing;

/// <summary>Finds what the listing is written to: the editable App Store version and app info, found by state.</summary>
internal static class ListingTarget
{
    public static AscAppStoreVersion? Version(AscApp app, string platform, string? versionString, IReadOnlyList<AscAppStoreVersion> versions, bool required)
    {
        if (versionString is not null)
        {
            var named = versions.FirstOrDefault(v => v.VersionString == versionString)
                ?? throw new AscListingException($"{app.BundleId} has no {platform} App Store version {versionString} (versions: {Names(versions)}). Create it with AscPrepareAppStoreVersion, or name another with ForVersion.");
            if (required && !named.IsEditable)
            {
                throw new AscListingException($"{app.BundleId} {platform} version {named.VersionString} is {named.State}, and its texts cannot be edited in that state. {WhatToDo(named.State)}");
            }

            return named;
        }

        var editable = versions.FirstOrDefault(v => v.IsEditable);
        if (editable is null && required)
        {
            throw new AscListingException(versions.Count == 0
                ? $"{app.BundleId} has no {platform} App Store version to write the texts to. Create one with AscPrepareAppStoreVersion, then run this again."
                : $"{app.BundleId} has no editable {platform} App Store version: {Names(versions)}. {WhatToDo(versions[0].State)}");
        }

        return editable;
    }

    public static AscAppInfo? AppInfo(AscApp app, IReadOnlyList<AscAppInfo> infos, bool required)
    {
        var editable = infos.FirstOrDefault(i => i.IsEditable);
        if (editable is null && required)
        {
            var states = infos.Count == 0 ? "none" : string.Join(", ", infos.Select(i => i.State));
            throw new AscListingException(
                $"{app.BundleId} has no editable app info (app infos: {states}), so its name, subtitle, privacy URL, categories and age rating cannot change now. " +
                "One app info serves every platform: while any platform's version waits for or is in App Review it is locked. " +
                "Wait for the review to finish, or cancel it with AscCancelReviewSubmission; after a release, prepare the next version with AscPrepareAppStoreVersion (Apple then opens a new app info).");
        }

        return editable;
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
