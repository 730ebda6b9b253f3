using System.IO.Compression;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>
/// The part of Apple's processing the emulator reproduces: is the file an installable archive at all?
/// An IPA is a zip with <c>Payload/&lt;Name&gt;.app/</c>; a macOS package is a xar archive. Info.plist is not read.
/// </summary>
internal static class ArchiveInspector
{
    public const string PackageUti = "com.apple.pkg";

    private static readonly byte[] XarMagic = "xar!"u8.ToArray();

    /// <summary>Returns the processing error for an unusable archive, or null when it is acceptable.</summary>
    public static StateDetail? Inspect(Stream archive, string uti)
    {
        return uti == PackageUti ? InspectPackage(archive) : InspectIpa(archive);
    }

    private static StateDetail? InspectPackage(Stream archive)
    {
        var header = new byte[XarMagic.Length];
        archive.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);

        return header.AsSpan().SequenceEqual(XarMagic)
            ? null
            : new StateDetail("90022", "Invalid package. The uploaded file is not a valid installer package (it is not a xar archive).");
    }

    private static StateDetail? InspectIpa(Stream file)
    {
        try
        {
            using var archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var hasAppBundle = archive.Entries.Any(e => IsInAppBundle(e.FullName.Replace('\\', '/').Split('/')));
            return hasAppBundle
                ? null
                : new StateDetail("90171", "Invalid bundle structure. The IPA contains no app bundle: expected a Payload/<Name>.app/ folder.");
        }
        catch (InvalidDataException)
        {
            return new StateDetail("90167", "The uploaded file is not a valid IPA: it is not a zip archive.");
        }
    }

    // Archives zipped from their parent folder (Folder/Payload/X.app/…) are accepted as Xcode's tools
    // accept them; Finder's __MACOSX resource forks are not an app.
    private static bool IsInAppBundle(string[] parts)
    {
        if (parts.Length > 0 && parts[0] == "__MACOSX")
        {
            return false;
        }

        var payload = parts.Length > 1 && parts[0] != "Payload" ? 1 : 0;
        return parts.Length >= payload + 3
            && parts[payload] == "Payload"
            && parts[payload + 1].EndsWith(".app", StringComparison.Ordinal)
            && parts[payload + 1].Length > 4;
    }
}
