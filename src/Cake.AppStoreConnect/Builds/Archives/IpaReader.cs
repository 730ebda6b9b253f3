using Cake.AppStoreConnect.Client;
using System.Globalization;
using System.IO.Compression;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Reads an IPA. Only the zip's central directory and the one Info.plist entry are read, so a
/// multi-gigabyte IPA costs a few kilobytes of I/O and memory.
/// </summary>
internal static class IpaReader
{
    // Real Info.plist files are kilobytes; anything near this is damage or a zip bomb.
    private const int MaxInfoPlistBytes = 8 * 1024 * 1024;

    private const string ExportAdvice = "export the archive with xcodebuild -exportArchive";

    /// <summary>Reads the app description from the IPA in <paramref name="stream"/>.</summary>
    /// <param name="stream">The archive, readable and seekable; left open.</param>
    /// <param name="filePath">The archive's full path, for messages and the result.</param>
    /// <exception cref="AppArchiveException">The archive is not a usable IPA.</exception>
    public static AppArchiveInfo Read(Stream stream, string filePath)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = OpenZip(stream, filePath);
        var layout = IpaBundleLocator.Locate(zip.Entries.Select(e => e.FullName));
        var bundle = SingleAppBundle(layout, filePath);
        var entryName = bundle.InfoPlistEntryName
            ?? throw new AppArchiveException(
                $"The app bundle '{bundle.BundlePath}' in '{filePath}' has no Info.plist; {ExportAdvice}.",
                filePath);

        var entry = zip.GetEntry(entryName)
            ?? throw new AppArchiveException($"The zip entry '{entryName}' in '{filePath}' cannot be opened.", filePath);
        var plist = ReadPlist(entry, filePath);
        return new InfoPlistReader(plist, entryName, filePath).ToArchiveInfo(stream.Length);
    }

    private static ZipArchive OpenZip(Stream stream, string filePath)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new AppArchiveException(
                $"The IPA '{filePath}' starts like a zip archive but is damaged ({ex.Message}). Was the copy or download cut short? {char.ToUpperInvariant(ExportAdvice[0])}{ExportAdvice[1..]} again.",
                filePath,
                ex);
        }
    }

    private static IpaAppBundle SingleAppBundle(IpaLayout layout, string filePath)
    {
        if (layout.ClimbingEntry is { } climbing)
        {
            throw new AppArchiveException(
                $"The IPA '{filePath}' has an entry '{AscText.Echo(climbing)}' whose path climbs with '..' (or '.'); App Store Connect rejects such an archive after the upload. Zip the Payload folder itself, or {ExportAdvice}.",
                filePath);
        }

        if (layout.AppBundles.Count == 0 && layout.MisplacedBundles.Count > 0)
        {
            throw new AppArchiveException(
                $"The IPA '{filePath}' has its app at '{AscText.Echo(layout.MisplacedBundles[0])}', but App Store Connect looks for Payload/ at the root of the zip (or inside one top-level folder) and would fail the upload in processing. Zip so that Payload/ is at the root (cd to the folder holding Payload, then zip -r App.ipa Payload), or {ExportAdvice}.",
                filePath);
        }

        switch (layout.AppBundles.Count)
        {
            case 1:
                return layout.AppBundles[0];
            case 0:
            {
                var found = layout.HasPayload ? "a Payload/ folder without an .app bundle in it" : "no Payload/ folder";
                throw new AppArchiveException(
                    $"The IPA '{filePath}' has no Payload/*.app bundle (it has {found}); {ExportAdvice}.",
                    filePath);
            }

            default:
                throw new AppArchiveException(
                    string.Create(CultureInfo.InvariantCulture, $"The IPA '{filePath}' has {layout.AppBundles.Count} app bundles under Payload/ ({string.Join(", ", layout.AppBundles.Select(b => b.BundlePath))}); an IPA holds exactly one. {ExportAdvice}."),
                    filePath);
        }
    }

    private static PlistDictionary ReadPlist(ZipArchiveEntry entry, string filePath)
    {
        if (entry.Length > MaxInfoPlistBytes)
        {
            throw new AppArchiveException(
                string.Create(CultureInfo.InvariantCulture, $"The Info.plist '{entry.FullName}' in '{filePath}' claims {entry.Length} bytes, far more than an Info.plist holds; the archive is damaged."),
                filePath);
        }

        try
        {
            using var content = entry.Open();
            return PropertyList.ReadDictionary(BoundedRead.ReadAll(content, MaxInfoPlistBytes));
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or NotSupportedException)
        {
            throw new AppArchiveException(
                $"The Info.plist '{entry.FullName}' in '{filePath}' cannot be read: {ex.Message}",
                filePath,
                ex);
        }
    }
}
