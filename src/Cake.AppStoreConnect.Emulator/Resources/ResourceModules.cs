using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;

namespace Cake.AppStoreConnect.Emulator.Resources;

/// <summary>Every resource module, in registration order (a module may use the tables of those before it).</summary>
internal static class ResourceModules
{
    public static IReadOnlyList<IResourceModule> All { get; } =
    [
        new AppsModule(),
        new PreReleaseVersionsModule(),
        new BuildsModule(),
        new BuildUploadsModule(),
        new BuildUploadFilesModule(),
    ];
}
