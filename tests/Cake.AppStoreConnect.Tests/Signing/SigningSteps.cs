using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Xml.Linq;
using Cake.AppStoreConnect.Credentials;

namespace Cake.AppStoreConnect.Tests.Signing;

/// <summary>The team's signing secrets as a pipeline holds them, and a reader of .mobileprovision files.</summary>
internal static class SigningSteps
{
    public const string P12Password = "p12-Secret-4711";

    public static Dictionary<string, string> Secrets(RSA key) => new()
    {
        [AscEnvironmentVariables.SigningKey] = key.ExportPkcs8PrivateKeyPem(),
        [AscEnvironmentVariables.SigningP12Password] = P12Password,
    };

    /// <summary>Reads the plist inside a CMS-signed profile, checking the signature (not the chain: the emulator's CA is nobody's root).</summary>
    public static XElement ReadProfile(string path)
    {
        var cms = new SignedCms();
        cms.Decode(File.ReadAllBytes(path));
        cms.CheckSignature(verifySignatureOnly: true);
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(cms.ContentInfo.Content)).Root!.Element("dict")!;
    }

    /// <summary>The value after a key in a plist dict.</summary>
    public static XElement Value(XElement dict, string key) =>
        dict.Elements("key").First(k => k.Value == key).ElementsAfterSelf().First();
}
