using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Xml;
using System.Xml.Linq;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// What a provisioning profile says about itself: a CMS (PKCS#7) signed XML plist. Read as fastlane reads it
/// (<c>fastlane_core/provisioning_profile.rb</c>): the signed content without checking Apple's signature, since
/// the profile is only passed on to Xcode, which checks it.
/// </summary>
internal sealed record MatchProfile(
    string Uuid,
    string Name,
    string TeamId,
    DateTimeOffset ExpirationDate,
    string BundleId,
    bool IsMac,
    IReadOnlyList<byte[]> Certificates)
{
    /// <summary>Whether the profile lists this certificate (DER) among its developer certificates.</summary>
    public bool Names(byte[] certificate) => Certificates.Any(c => c.AsSpan().SequenceEqual(certificate));

    /// <exception cref="AscMatchStorageException">Not a signed profile, or a value match needs is missing.</exception>
    public static MatchProfile Parse(byte[] content, string path)
    {
        XElement dict;
        try
        {
            var cms = new SignedCms();
            cms.Decode(content);
            using var reader = XmlReader.Create(new MemoryStream(cms.ContentInfo.Content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            dict = XDocument.Load(reader).Root?.Element("dict") ?? throw new XmlException("no <dict> in the plist");
        }
        catch (Exception ex) when (ex is CryptographicException or XmlException)
        {
            throw new AscMatchStorageException($"'{path}' is not a provisioning profile (a CMS-signed plist): {ex.Message}. Download the profile again and store it anew.", path, ex);
        }

        var values = Pairs(dict);
        string Text(string key) => values.TryGetValue(key, out var value) && value.Name == "string" && !string.IsNullOrWhiteSpace(value.Value)
            ? value.Value.Trim()
            : throw new AscMatchStorageException($"'{path}' has no '{key}' in its plist, so it is not a complete provisioning profile. Download the profile again and store it anew.", path);
        IEnumerable<XElement> Array(string key) => values.TryGetValue(key, out var value) && value.Name == "array" ? value.Elements() : [];

        var teamId = Array("TeamIdentifier").Select(e => e.Value.Trim()).FirstOrDefault()
            ?? throw new AscMatchStorageException($"'{path}' has no 'TeamIdentifier' in its plist. Download the profile again and store it anew.", path);
        var expiration = values.TryGetValue("ExpirationDate", out var date) && DateTimeOffset.TryParse(date.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new AscMatchStorageException($"'{path}' has no readable 'ExpirationDate' in its plist. Download the profile again and store it anew.", path);
        var certificates = Array("DeveloperCertificates").Where(e => e.Name == "data").Select(e => Convert.FromBase64String(string.Concat(e.Value.Where(c => !char.IsWhiteSpace(c))))).ToList();
        var isMac = Array("Platform").Any(e => e.Value.Trim() == "OSX");
        return new MatchProfile(Text("UUID"), Text("Name"), teamId, expiration, BundleIdOf(values, path), isMac, certificates);
    }

    // fastlane_core's bundle_id: the entitlements' application identifier without the app id prefix.
    private static string BundleIdOf(Dictionary<string, XElement> values, string path)
    {
        var prefix = values.TryGetValue("ApplicationIdentifierPrefix", out var prefixes) ? prefixes.Elements().FirstOrDefault()?.Value.Trim() : null;
        var entitlements = values.TryGetValue("Entitlements", out var dict) && dict.Name == "dict" ? Pairs(dict) : [];
        var appId = (entitlements.GetValueOrDefault("application-identifier") ?? entitlements.GetValueOrDefault("com.apple.application-identifier"))?.Value.Trim();
        if (string.IsNullOrEmpty(appId))
        {
            throw new AscMatchStorageException($"'{path}' has no application-identifier in its entitlements, so its bundle id is unknown. Download the profile again and store it anew.", path);
        }

        return prefix is not null && appId.StartsWith(prefix + ".", StringComparison.Ordinal) ? appId[(prefix.Length + 1)..] : appId[(appId.IndexOf('.', StringComparison.Ordinal) + 1)..];
    }

    private static Dictionary<string, XElement> Pairs(XElement dict)
    {
        var pairs = new Dictionary<string, XElement>(StringComparer.Ordinal);
        XElement? key = null;
        foreach (var element in dict.Elements())
        {
            if (element.Name == "key")
            {
                key = element;
            }
            else if (key is not null)
            {
                pairs[key.Value] = element;
                key = null;
            }
        }

        return pairs;
    }
}
