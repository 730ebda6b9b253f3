namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Reads what an app archive says about its build (bundle id, version, build number, platform) before it
/// is uploaded, so a wrong or broken file fails with a clear message before any request is made.
/// </summary>
public static class AppArchiveReader
{
    /// <summary>
    /// Reads an .ipa (iOS, tvOS, visionOS) or .pkg (macOS) archive. The kind is decided by the file's
    /// content, not its extension. Only the zip directory and the Info.plist entry of an IPA, or the table
    /// of contents and Distribution script of a PKG, are read, whatever the archive's size.
    /// </summary>
    /// <param name="path">The archive's path, absolute or relative to the current directory.</param>
    /// <returns>The build the archive holds.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    /// <exception cref="AppArchiveException">
    /// The file is missing, empty, not an IPA or PKG, or lacks what an upload needs; the message names the
    /// file and the fix.
    /// </exception>
    /// <example>
    /// <code>
    /// var app = AppArchiveReader.Read("artifacts/MyApp.ipa");
    /// Console.WriteLine($"{app.BundleId} {app.ShortVersion} ({app.BuildVersion}) for {app.Platform}");
    /// </code>
    /// </example>
    public static AppArchiveInfo Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        using var stream = Open(fullPath);
        if (stream.Length == 0)
        {
            throw new AppArchiveException($"The app archive '{fullPath}' is empty (0 bytes); was the export or download interrupted?", fullPath);
        }

        var head = new byte[ArchiveSignature.SampleLength];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return ArchiveSignature.Detect(head.AsSpan(0, headLength)) switch
        {
            AppArchiveKind.Ipa => IpaReader.Read(stream, fullPath),
            AppArchiveKind.Pkg => PkgReader.Read(stream, fullPath),
            _ => throw NotAnArchive(fullPath, head.AsSpan(0, headLength), stream.Length),
        };
    }

    private static FileStream Open(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            throw new AppArchiveException(
                $"The app archive '{fullPath}' is a directory; pass the .ipa or .pkg file that xcodebuild -exportArchive writes, not an .xcarchive or .app folder.",
                fullPath);
        }

        try
        {
            // RandomAccess: the zip directory sits at the end and the plist entry anywhere.
            return new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.RandomAccess);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new AppArchiveException($"The app archive '{fullPath}' does not exist.", fullPath, ex);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new AppArchiveException($"The app archive '{fullPath}' cannot be opened: {ex.Message}", fullPath, ex);
        }
    }

    private static AppArchiveException NotAnArchive(string fullPath, ReadOnlySpan<byte> head, long length)
    {
        var content = ArchiveSignature.Describe(head, length);
        var extension = Path.GetExtension(fullPath);
        var message = extension.ToUpperInvariant() switch
        {
            ".PKG" => $"The app archive '{fullPath}' is not a xar archive (a .pkg is a xar archive; this one {content}). Pass the .pkg produced by xcodebuild -exportArchive or productbuild.",
            ".IPA" => $"The app archive '{fullPath}' is not a zip archive (an .ipa is a zip file; this one {content}). Pass the .ipa produced by xcodebuild -exportArchive.",
            _ => $"The file '{fullPath}' is neither an .ipa (zip) nor a .pkg (xar) archive; it {content}. Pass the .ipa or .pkg produced by xcodebuild -exportArchive.",
        };
        return new AppArchiveException(message, fullPath);
    }
}
