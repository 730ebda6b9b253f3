using System.Globalization;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Cake.AppStoreConnect.Emulator.Resources.Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Provisioning;

namespace Cake.AppStoreConnect.Emulator.Resources.Profiles;

/// <summary>
/// Writes a .mobileprovision as Apple makes one: an XML property list (UUID, team, app id, entitlements,
/// developer certificates, devices, dates) in a CMS SignedData signed by the emulator's CA.
/// </summary>
internal static class ProfileContent
{
    public sealed record Input(string Name, string Uuid, ProfileKind Kind, string BundleIdentifier, string AppIdName, IReadOnlyList<string> Capabilities, IReadOnlyList<byte[]> Certificates, IReadOnlyList<string> DeviceUdids, DateTimeOffset Created, DateTimeOffset Expires);

    public static byte[] Create(Input input)
    {
        var signed = new SignedCms(new ContentInfo(Plist(input)), detached: false);
        signed.ComputeSignature(new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, EmulatorCertificateAuthority.Certificate));
        return signed.Encode();
    }

    private static byte[] Plist(Input input)
    {
        var team = ProvisioningAccess.TeamId;
        var mac = input.Kind.PlistPlatform == "OSX";
        var entitlements = new List<(string, XElement)>
        {
            (mac ? "com.apple.application-identifier" : "application-identifier", Text($"{team}.{input.BundleIdentifier}")),
            ("com.apple.developer.team-identifier", Text(team)),
            ("get-task-allow", new XElement(input.Kind.Development ? "true" : "false")),
            ("keychain-access-groups", new XElement("array", Text($"{team}.*"))),
        };
        if (input.Capabilities.Contains("PUSH_NOTIFICATIONS"))
        {
            entitlements.Add((mac ? "com.apple.developer.aps-environment" : "aps-environment", Text(input.Kind.Development ? "development" : "production")));
        }

        if (input.Kind.Type.EndsWith("_STORE", StringComparison.Ordinal))
        {
            entitlements.Add(("beta-reports-active", new XElement("true")));
        }

        var entries = new List<(string, XElement)>
        {
            ("AppIDName", Text(input.AppIdName)),
            ("ApplicationIdentifierPrefix", new XElement("array", Text(team))),
            ("CreationDate", Date(input.Created)),
            ("Platform", new XElement("array", Text(input.Kind.PlistPlatform))),
            ("DeveloperCertificates", new XElement("array", input.Certificates.Select(c => new XElement("data", Convert.ToBase64String(c))))),
            ("Entitlements", Dict(entitlements)),
            ("ExpirationDate", Date(input.Expires)),
            ("Name", Text(input.Name)),
        };
        if (input.Kind.ListsDevices)
        {
            entries.Add(("ProvisionedDevices", new XElement("array", input.DeviceUdids.Select(Text))));
        }

        if (input.Kind.AllDevices)
        {
            entries.Add(("ProvisionsAllDevices", new XElement("true")));
        }

        entries.Add(("TeamIdentifier", new XElement("array", Text(team))));
        entries.Add(("TeamName", Text(ProvisioningAccess.TeamName)));
        entries.Add(("TimeToLive", new XElement("integer", Math.Max(0, (int)(input.Expires - input.Created).TotalDays).ToString(CultureInfo.InvariantCulture))));
        entries.Add(("UUID", Text(input.Uuid)));
        entries.Add(("Version", new XElement("integer", "1")));

        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XDocumentType("plist", "-//Apple//DTD PLIST 1.0//EN", "http://www.apple.com/DTDs/PropertyList-1.0.dtd", null),
            new XElement("plist", new XAttribute("version", "1.0"), Dict(entries)));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement Text(string value) => new("string", value);

    private static XElement Date(DateTimeOffset value) => new("date", value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static XElement Dict(IEnumerable<(string Key, XElement Value)> entries) =>
        new("dict", entries.SelectMany(e => new object[] { new XElement("key", e.Key), e.Value }));
}
