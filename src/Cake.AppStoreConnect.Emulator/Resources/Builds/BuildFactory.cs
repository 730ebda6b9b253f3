using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Builds;

/// <summary>Makes the build (and its pre-release version) that a completed upload turns into.</summary>
internal static class BuildFactory
{
    public static BuildRecord Create(StateStore store, string appId, string shortVersion, string buildNumber, string platform, string? buildUploadId, DateTimeOffset uploadedDate, DateTimeOffset processingCompletesAt)
    {
        var version = PreReleaseVersionRecord.FindOrCreate(store, appId, shortVersion, platform);
        var build = new BuildRecord
        {
            Id = Ids.NewUuid(),
            AppId = appId,
            PreReleaseVersionId = version.Id,
            BuildUploadId = buildUploadId,
            Version = buildNumber,
            UploadedDate = uploadedDate,
            ProcessingCompletesAt = processingCompletesAt,
            MinOsVersion = platform == Platforms.MacOs ? "14.0" : "17.0",
        };
        store.Table<BuildRecord>().Add(build);
        return build;
    }

    /// <summary>Whether the app already has this build number for this marketing version and platform.</summary>
    public static BuildRecord? Find(StateStore store, string appId, string shortVersion, string buildNumber, string platform)
    {
        var versions = store.Table<PreReleaseVersionRecord>();
        return store.Table<BuildRecord>().Where(b =>
            b.AppId == appId
            && b.Version == buildNumber
            && versions.Find(b.PreReleaseVersionId) is { } v
            && v.Version == shortVersion
            && v.Platform == platform).FirstOrDefault();
    }
}
