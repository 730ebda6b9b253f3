using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>Freshly generated keys shaped like Apple's .p8 files.</summary>
public static class TestKeys
{
    public const string KeyId = "2X9R4HXF34";
    public const string IssuerId = "57246542-96fe-1a63-e053-0824d011072a";

    public static (string Pem, ECDsa Key) NewP256()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKeyPem(), key);
    }

    public static string WriteP8(string directory, string pem)
    {
        var path = Path.Combine(directory, $"AuthKey_{KeyId}.p8");
        File.WriteAllText(path, pem);
        return path;
    }
}
