namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Finds the app bundle an IPA is about among its zip entry names. The outer app is the one directly
/// under the shallowest <c>Payload/</c> folder: watch apps (<c>X.app/Watch/W.app</c>), extensions
/// (<c>X.app/PlugIns/E.appex</c>) and frameworks all sit deeper and are never picked.
/// <c>Payload/</c> counts only at the root of the zip, as Xcode writes it, or inside one top-level
/// folder (an IPA zipped from its parent folder, which App Store Connect accepts: fastlane's
/// <c>iOSAppOnly.ipa</c>). An app deeper down (<c>deep/deeper/Payload/X.app</c>) or behind a
/// <c>..</c> segment passes no local check of Apple's and fails processing after the upload, so it is
/// reported instead of picked.
/// </summary>
internal static class IpaBundleLocator
{
    private const string PayloadFolder = "Payload";
    private const string MacOSResourceForks = "__MACOSX";

    // Payload/ at the root (index 0) or inside one top-level folder (index 1).
    private const int MaxPayloadDepth = 1;

    /// <summary>Locates the outer app bundle and its Info.plist among <paramref name="entryNames"/>.</summary>
    public static IpaLayout Locate(IEnumerable<string> entryNames)
    {
        ArgumentNullException.ThrowIfNull(entryNames);
        var bundles = new Dictionary<string, AppBundleCandidate>(StringComparer.Ordinal);
        var misplaced = new SortedSet<string>(StringComparer.Ordinal);
        string? climbingEntry = null;
        var hasPayload = false;
        foreach (var entryName in entryNames)
        {
            // Zips made on Windows may use backslashes; macOS Finder adds __MACOSX/ resource forks.
            var segments = entryName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0 || segments[0] == MacOSResourceForks || segments.Any(s => s.StartsWith("._", StringComparison.Ordinal)))
            {
                continue;
            }

            if (segments.Any(s => s is "." or ".."))
            {
                climbingEntry ??= entryName;
                continue;
            }

            var payload = Array.FindIndex(segments, s => s.Equals(PayloadFolder, StringComparison.OrdinalIgnoreCase));
            if (payload < 0)
            {
                continue;
            }

            hasPayload = true;
            if (payload + 1 >= segments.Length || !segments[payload + 1].EndsWith(".app", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (payload > MaxPayloadDepth)
            {
                misplaced.Add(string.Join('/', segments, 0, payload + 2));
                continue;
            }

            var bundlePath = string.Join('/', segments, 0, payload + 2);
            if (!bundles.TryGetValue(bundlePath, out var candidate))
            {
                candidate = new AppBundleCandidate(bundlePath, payload);
                bundles.Add(bundlePath, candidate);
            }

            if (segments.Length == payload + 3 && segments[payload + 2].Equals("Info.plist", StringComparison.OrdinalIgnoreCase))
            {
                candidate.InfoPlistEntryName = entryName;
            }
        }

        if (bundles.Count == 0)
        {
            return new IpaLayout(hasPayload, [], [.. misplaced], climbingEntry);
        }

        var shallowest = bundles.Values.Min(b => b.PayloadDepth);
        var outer = bundles.Values
            .Where(b => b.PayloadDepth == shallowest)
            .OrderBy(b => b.BundlePath, StringComparer.Ordinal)
            .Select(b => new IpaAppBundle(b.BundlePath, b.InfoPlistEntryName))
            .ToList();
        return new IpaLayout(hasPayload, outer, [.. misplaced], climbingEntry);
    }

    private sealed class AppBundleCandidate(string bundlePath, int payloadDepth)
    {
        public string BundlePath { get; } = bundlePath;

        public int PayloadDepth { get; } = payloadDepth;

        public string? InfoPlistEntryName { get; set; }
    }
}

/// <summary>What an IPA holds under its shallowest <c>Payload/</c> folder.</summary>
/// <param name="HasPayload">Whether any entry lies in a <c>Payload/</c> folder.</param>
/// <param name="AppBundles">The app bundles directly in that folder; exactly one in a valid IPA.</param>
/// <param name="MisplacedBundles">App bundles in a <c>Payload/</c> folder deeper than App Store Connect looks.</param>
/// <param name="ClimbingEntry">The first entry whose path has a <c>.</c> or <c>..</c> segment, if any.</param>
internal sealed record IpaLayout(bool HasPayload, IReadOnlyList<IpaAppBundle> AppBundles, IReadOnlyList<string> MisplacedBundles, string? ClimbingEntry);

/// <summary>An app bundle in an IPA.</summary>
/// <param name="BundlePath">The bundle's path in the zip, e.g. <c>Payload/Sample.app</c>.</param>
/// <param name="InfoPlistEntryName">The zip entry of its Info.plist, or <see langword="null"/> when it has none.</param>
internal sealed record IpaAppBundle(string BundlePath, string? InfoPlistEntryName);
