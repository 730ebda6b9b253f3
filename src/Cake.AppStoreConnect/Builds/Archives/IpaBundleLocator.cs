namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Finds the app bundle an IPA is about among its zip entry names. The outer app is the one directly
/// under the shallowest <c>Payload/</c> folder: watch apps (<c>X.app/Watch/W.app</c>), extensions
/// (<c>X.app/PlugIns/E.appex</c>) and frameworks all sit deeper and are never picked.
/// </summary>
internal static class IpaBundleLocator
{
    private const string PayloadFolder = "Payload";
    private const string MacOSResourceForks = "__MACOSX";

    /// <summary>Locates the outer app bundle and its Info.plist among <paramref name="entryNames"/>.</summary>
    public static IpaLayout Locate(IEnumerable<string> entryNames)
    {
        ArgumentNullException.ThrowIfNull(entryNames);
        var bundles = new Dictionary<string, AppBundleCandidate>(StringComparer.Ordinal);
        var hasPayload = false;
        foreach (var entryName in entryNames)
        {
            // Zips made on Windows may use backslashes; macOS Finder adds __MACOSX/ resource forks.
            var segments = entryName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0 || segments[0] == MacOSResourceForks || segments.Any(s => s.StartsWith("._", StringComparison.Ordinal)))
            {
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
            return new IpaLayout(hasPayload, []);
        }

        var shallowest = bundles.Values.Min(b => b.PayloadDepth);
        var outer = bundles.Values
            .Where(b => b.PayloadDepth == shallowest)
            .OrderBy(b => b.BundlePath, StringComparer.Ordinal)
            .Select(b => new IpaAppBundle(b.BundlePath, b.InfoPlistEntryName))
            .ToList();
        return new IpaLayout(hasPayload, outer);
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
internal sealed record IpaLayout(bool HasPayload, IReadOnlyList<IpaAppBundle> AppBundles);

/// <summary>An app bundle in an IPA.</summary>
/// <param name="BundlePath">The bundle's path in the zip, e.g. <c>Payload/Sample.app</c>.</param>
/// <param name="InfoPlistEntryName">The zip entry of its Info.plist, or <see langword="null"/> when it has none.</param>
internal sealed record IpaAppBundle(string BundlePath, string? InfoPlistEntryName);
