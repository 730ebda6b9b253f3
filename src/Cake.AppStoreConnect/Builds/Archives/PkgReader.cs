using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Reads a macOS installer package (.pkg). The app's identity is taken from the product archive's
/// Distribution script, so the (large) payload is never decompressed.
/// </summary>
internal static class PkgReader
{
    private const string DistributionName = "Distribution";

    // Distribution scripts are a few kilobytes.
    private const int MaxDistributionBytes = 4 * 1024 * 1024;

    private const string BuildAdvice = "build it with xcodebuild -exportArchive (method app-store-connect) or productbuild --component App.app /Applications";

    /// <summary>Reads the app description from the package in <paramref name="stream"/>.</summary>
    /// <param name="stream">The package, readable and seekable; left open.</param>
    /// <param name="filePath">The package's full path, for messages and the result.</param>
    /// <exception cref="AppArchiveException">The package is not a usable product archive.</exception>
    public static AppArchiveInfo Read(Stream stream, string filePath)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var distribution = ReadDistribution(stream, filePath);
        return new AppArchiveInfo(
            filePath,
            AppArchiveKind.Pkg,
            stream.Length,
            Formatted(distribution.BundleId, "bundle id (<bundle id=…> or <product id=…>)", AppleFormats.IsBundleId, AppleFormats.BundleIdRule, filePath),
            Formatted(distribution.ShortVersion, "CFBundleShortVersionString (<bundle CFBundleShortVersionString=…> or <product version=…>)", AppleFormats.IsShortVersion, AppleFormats.VersionRule, filePath),
            Formatted(distribution.BuildVersion, "CFBundleVersion (<bundle CFBundleVersion=…>)", AppleFormats.IsBuildVersion, AppleFormats.VersionRule, filePath),
            AppArchivePlatform.MacOS,
            distribution.Title,
            distribution.MinimumOsVersion);
    }

    private static DistributionDocument ReadDistribution(Stream stream, string filePath)
    {
        try
        {
            var xar = XarArchive.Open(stream);
            var file = xar.FindTopLevelFile(DistributionName)
                ?? throw new AppArchiveException(
                    $"The package '{filePath}' has no Distribution file, so it is a component package, not a product archive; App Store Connect needs a product archive: {BuildAdvice}.",
                    filePath);
            return DistributionDocument.Parse(xar.ReadFile(file, MaxDistributionBytes));
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or EndOfStreamException)
        {
            throw new AppArchiveException($"The package '{filePath}' cannot be read: {ex.Message} Was the copy or download cut short?", filePath, ex);
        }
    }

    private static string Formatted(string? value, string what, Func<string, bool> isValid, string rule, string filePath)
    {
        var text = Required(value, what, filePath);
        return isValid(text)
            ? text
            : throw new AppArchiveException($"The Distribution in package '{filePath}' names a {what} of '{AscText.Echo(text)}', which App Store Connect refuses: use {rule}. Set it in the Xcode target (PRODUCT_BUNDLE_IDENTIFIER, MARKETING_VERSION, CURRENT_PROJECT_VERSION) and {BuildAdvice}.", filePath);
    }

    private static string Required(string? value, string what, string filePath) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new AppArchiveException($"The Distribution in package '{filePath}' names no {what}; {BuildAdvice}.", filePath)
            : value.Trim();
}
