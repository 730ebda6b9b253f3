using System.Xml.Linq;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// The parts of a product archive's <c>Distribution</c> script (<c>&lt;installer-gui-script&gt;</c>) that
/// identify the app: <c>productbuild</c> records each bundle it packages as
/// <c>&lt;pkg-ref&gt;&lt;bundle-version&gt;&lt;bundle id CFBundleShortVersionString CFBundleVersion path/&gt;</c>
/// and the product as <c>&lt;product id version/&gt;</c>.
/// </summary>
internal sealed record DistributionDocument(
    string? BundleId,
    string? ShortVersion,
    string? BuildVersion,
    string? Title,
    string? MinimumOsVersion)
{
    /// <summary>Parses a Distribution script.</summary>
    /// <exception cref="FormatException">The XML is malformed or not an installer script.</exception>
    public static DistributionDocument Parse(byte[] xml)
    {
        var root = SafeXml.Load(xml).Root;
        if (root is null || root.Name.LocalName != "installer-gui-script")
        {
            throw new FormatException($"The Distribution's root element is <{root?.Name.LocalName}>, not <installer-gui-script>.");
        }

        var product = root.Element("product");
        var productId = (string?)product?.Attribute("id");
        var bundle = MainBundle(root, productId);
        var pkgRefId = root.Elements("pkg-ref").Select(p => (string?)p.Attribute("id")).FirstOrDefault(id => !string.IsNullOrWhiteSpace(id));

        return new DistributionDocument(
            BundleId: (string?)bundle?.Attribute("id") ?? productId ?? pkgRefId,
            ShortVersion: (string?)bundle?.Attribute("CFBundleShortVersionString") ?? (string?)product?.Attribute("version"),
            BuildVersion: (string?)bundle?.Attribute("CFBundleVersion"),
            Title: NullIfBlank(root.Element("title")?.Value) ?? AppNameFromPath((string?)bundle?.Attribute("path")),
            MinimumOsVersion: (string?)root.Element("volume-check")?.Element("allowed-os-versions")?.Element("os-version")?.Attribute("min"));
    }

    /// <summary>
    /// The app's own bundle: the one the product is named after, else the first top-level .app (helpers and
    /// frameworks sit inside it, under Contents/), else the first bundle listed.
    /// </summary>
    private static XElement? MainBundle(XElement root, string? productId)
    {
        var bundles = root.Elements("pkg-ref").Elements("bundle-version").Elements("bundle").ToList();
        return bundles.FirstOrDefault(b => productId is not null && (string?)b.Attribute("id") == productId)
            ?? bundles.FirstOrDefault(b => ((string?)b.Attribute("path")) is { } path
                && path.EndsWith(".app", StringComparison.OrdinalIgnoreCase)
                && !path.Contains("/Contents/", StringComparison.Ordinal))
            ?? bundles.FirstOrDefault();
    }

    private static string? AppNameFromPath(string? path) =>
        path is null ? null : NullIfBlank(Path.GetFileNameWithoutExtension(path.TrimEnd('/')));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
