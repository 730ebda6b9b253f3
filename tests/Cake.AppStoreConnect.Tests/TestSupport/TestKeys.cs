using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>Freshly generated keys shaped like Apple's .p8 files.</summary>
public static class TestKeys
{
    public const string KeyId = "2X9R4HXF34";
    public const string IssuerId = "57246542-96fe-1a63-e053-0824d011072a";

    /// <summary>
    /// Gets ASC_* variables naming a key file that does not exist and an address nothing answers: a rehearsal
    /// must use neither, and an alias that falls back on them fails.
    /// </summary>
    public static IReadOnlyDictionary<string, string> VariablesOfAKeyElsewhere { get; } = new Dictionary<string, string>
    {
        ["ASC_KEY_ID"] = KeyId,
        ["ASC_ISSUER_ID"] = IssuerId,
        ["ASC_PRIVATE_KEY_PATH"] = "/nowhere/AuthKey_2X9R4HXF34.p8",
        ["ASC_API_URL"] = "http://127.0.0.1:9",
    };

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
