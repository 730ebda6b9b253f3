using System.Buffers.Binary;
using System.IO.Compression;
using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.SampleIpa;

/// <summary>
/// Writes a real, minimal IPA for tests, demos and upload benchmarks: a zip holding
/// <c>Payload/&lt;AppName&gt;.app/</c> with a binary Info.plist (as Xcode writes it), a stand-in
/// executable, <c>PkgInfo</c>, and optionally a padding file to reach a chosen size. It reads like an
/// exported IPA but holds no code, so App Store Connect's processing would reject it.
/// </summary>
/// <example>
/// <code>
/// new SampleIpaBuilder("org.example.rehearsal", "1.0.0", "42")
/// {
///     UsesNonExemptEncryption = false,
///     PaddingBytes = 50L * 1024 * 1024,
/// }.WriteTo("artifacts/Rehearsal.ipa");
/// </code>
/// </example>
public sealed class SampleIpaBuilder
{
    // Zip timestamps are fixed so that the same settings always give the same bytes.
    private static readonly DateTimeOffset EntryTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates a builder for an app with the given identity.</summary>
    /// <param name="bundleId">The bundle identifier, e.g. <c>org.example.App</c>.</param>
    /// <param name="shortVersion">The version (<c>CFBundleShortVersionString</c>), e.g. <c>1.2.0</c>.</param>
    /// <param name="buildVersion">The build number (<c>CFBundleVersion</c>), e.g. <c>57</c>.</param>
    /// <exception cref="ArgumentException">A value is empty or not in Apple's format.</exception>
    public SampleIpaBuilder(string bundleId, string shortVersion, string buildVersion)
    {
        BundleId = Validate(bundleId, IsBundleId, "letters, digits, '-' and '.', e.g. org.example.App");
        ShortVersion = Validate(shortVersion, IsVersion, "one to three integers separated by periods, e.g. 1.2.0");
        BuildVersion = Validate(buildVersion, IsVersion, "one to three integers separated by periods, e.g. 57");
    }

    /// <summary>Gets the bundle identifier (<c>CFBundleIdentifier</c>).</summary>
    public string BundleId { get; }

    /// <summary>Gets the version (<c>CFBundleShortVersionString</c>).</summary>
    public string ShortVersion { get; }

    /// <summary>Gets the build number (<c>CFBundleVersion</c>).</summary>
    public string BuildVersion { get; }

    /// <summary>
    /// Gets or sets the bundle's name: the <c>.app</c> folder, the executable and <c>CFBundleName</c>.
    /// Defaults to <c>Sample</c>.
    /// </summary>
    public string AppName { get; set; } = "Sample";

    /// <summary>Gets or sets <c>CFBundleDisplayName</c>; not written when <see langword="null"/> (the default).</summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// Gets or sets the platform: <see cref="AppArchivePlatform.Ios"/> (the default),
    /// <see cref="AppArchivePlatform.TvOS"/> or <see cref="AppArchivePlatform.VisionOS"/>. macOS apps are
    /// packages, not IPAs.
    /// </summary>
    public string Platform { get; set; } = AppArchivePlatform.Ios;

    /// <summary>Gets or sets <c>MinimumOSVersion</c>; <see langword="null"/> (the default) picks a current one for the platform.</summary>
    public string? MinimumOsVersion { get; set; }

    /// <summary>Gets or sets <c>ITSAppUsesNonExemptEncryption</c>; not written when <see langword="null"/> (the default).</summary>
    public bool? UsesNonExemptEncryption { get; set; }

    /// <summary>
    /// Gets or sets the size of a padding file added to the bundle, stored uncompressed so the IPA grows by
    /// about this many bytes. Its content is pseudo-random, so transports that compress gain nothing. Zero
    /// (the default) adds no padding.
    /// </summary>
    public long PaddingBytes { get; set; }

    /// <summary>Writes the IPA to a file, creating its folder and replacing an existing file.</summary>
    /// <param name="path">Where to write, e.g. <c>artifacts/Sample.ipa</c>.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException">A setting is not valid.</exception>
    public string WriteTo(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var platform = PlatformProfile.For(Platform);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var file = new FileStream(fullPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        try
        {
            using (file)
            {
                Write(file, platform);
            }
        }
        catch
        {
            // A half-written IPA would later fail as "damaged"; better that it is not there at all.
            File.Delete(fullPath);
            throw;
        }

        return fullPath;
    }

    /// <summary>Writes the IPA to a stream.</summary>
    /// <param name="destination">A writable stream; left open.</param>
    /// <exception cref="ArgumentException">A setting is not valid.</exception>
    public void WriteTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        Write(destination, PlatformProfile.For(Platform));
    }

    private void Write(Stream destination, PlatformProfile platform)
    {
        var appName = Validate(AppName, IsAppName, "a name without '/', '\\' or a leading '.'");
        ArgumentOutOfRangeException.ThrowIfNegative(PaddingBytes);

        var bundle = $"Payload/{appName}.app/";
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        AddDirectory(zip, "Payload/");
        AddDirectory(zip, bundle);
        AddFile(zip, bundle + "Info.plist", new BinaryPlistWriter().Write(InfoPlist(appName, platform)));
        AddFile(zip, bundle + "PkgInfo", "APPL????"u8.ToArray());
        AddFile(zip, bundle + appName, FakeExecutable(), unixMode: Convert.ToInt32("100755", 8));
        if (PaddingBytes > 0)
        {
            AddPadding(zip, bundle + "Padding.bin", PaddingBytes);
        }
    }

    private Dictionary<string, object> InfoPlist(string appName, PlatformProfile platform)
    {
        var plist = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["CFBundleDevelopmentRegion"] = "en",
            ["CFBundleExecutable"] = appName,
            ["CFBundleIdentifier"] = BundleId,
            ["CFBundleInfoDictionaryVersion"] = "6.0",
            ["CFBundleName"] = appName,
            ["CFBundlePackageType"] = "APPL",
            ["CFBundleShortVersionString"] = ShortVersion,
            ["CFBundleVersion"] = BuildVersion,
            ["CFBundleSupportedPlatforms"] = new[] { platform.SupportedPlatform },
            ["DTPlatformName"] = platform.PlatformName,
            ["MinimumOSVersion"] = MinimumOsVersion ?? platform.MinimumOsVersion,
            ["UIDeviceFamily"] = platform.DeviceFamilies,
        };
        if (platform.RequiresIPhoneOS)
        {
            plist["LSRequiresIPhoneOS"] = true;
        }

        if (DisplayName is not null)
        {
            plist["CFBundleDisplayName"] = DisplayName;
        }

        if (UsesNonExemptEncryption is { } encryption)
        {
            plist["ITSAppUsesNonExemptEncryption"] = encryption;
        }

        return plist;
    }

    /// <summary>A 64-bit arm64 Mach-O header with no load commands: recognisable, runs nothing.</summary>
    private static byte[] FakeExecutable()
    {
        var header = new byte[32];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xFEEDFACF);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), 0x0100000C);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(12), 2);
        return header;
    }

    private static void AddDirectory(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = EntryTimestamp;
        entry.ExternalAttributes = Convert.ToInt32("40755", 8) << 16;
    }

    private static void AddFile(ZipArchive zip, string name, byte[] content, int unixMode = 0x81A4)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;

        // Unix permissions in the high half, as zip tools on macOS record them; 0x81A4 is a 0644 file.
        entry.ExternalAttributes = unixMode << 16;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static void AddPadding(ZipArchive zip, string name, long length)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = EntryTimestamp;
        entry.ExternalAttributes = 0x81A4 << 16;
        using var stream = entry.Open();
        var random = new IncompressibleBytes(seed: (ulong)length);
        var buffer = new byte[64 * 1024];
        for (var remaining = length; remaining > 0;)
        {
            var count = (int)Math.Min(buffer.Length, remaining);
            random.Fill(buffer.AsSpan(0, count));
            stream.Write(buffer, 0, count);
            remaining -= count;
        }
    }

    private static string Validate(string value, Func<string, bool> isValid, string expected, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return isValid(value) ? value : throw new ArgumentException($"'{value}' is not valid; use {expected}.", name);
    }

    private static bool IsBundleId(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') && !value.StartsWith('.') && !value.EndsWith('.');

    private static bool IsVersion(string value)
    {
        var parts = value.Split('.');
        return parts.Length <= 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    private static bool IsAppName(string value) =>
        value.IndexOfAny(['/', '\\']) < 0 && !value.StartsWith('.');

    /// <summary>The Info.plist values Xcode writes for each platform an IPA can carry.</summary>
    private sealed record PlatformProfile(string SupportedPlatform, string PlatformName, string MinimumOsVersion, int[] DeviceFamilies, bool RequiresIPhoneOS)
    {
        public static PlatformProfile For(string platform) => platform switch
        {
            AppArchivePlatform.Ios => new("iPhoneOS", "iphoneos", "15.0", [1, 2], true),
            AppArchivePlatform.TvOS => new("AppleTVOS", "appletvos", "15.0", [3], false),
            AppArchivePlatform.VisionOS => new("XROS", "xros", "1.0", [7], false),
            AppArchivePlatform.MacOS => throw new ArgumentException("macOS apps are uploaded as .pkg files, not IPAs; choose IOS, TV_OS or VISION_OS.", nameof(platform)),
            _ => throw new ArgumentException($"'{platform}' is not a platform; choose IOS, TV_OS or VISION_OS.", nameof(platform)),
        };
    }
}
