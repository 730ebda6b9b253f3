namespace Cake.AppStoreConnect.Credentials;

/// <summary>
/// Every environment variable the add-in reads. The <c>ASC_*</c> names match the Go <c>asc</c> CLI;
/// fastlane's names are read too, so pipelines that already use fastlane work unchanged.
/// </summary>
public static class AscEnvironmentVariables
{
    /// <summary>The key id.</summary>
    public const string KeyId = "ASC_KEY_ID";

    /// <summary>The issuer id of a team key; unset for an individual key.</summary>
    public const string IssuerId = "ASC_ISSUER_ID";

    /// <summary>The text of the .p8 file; a literal <c>\n</c> is read as a newline.</summary>
    public const string PrivateKey = "ASC_PRIVATE_KEY";

    /// <summary>The .p8 file, base64-encoded.</summary>
    public const string PrivateKeyBase64 = "ASC_PRIVATE_KEY_BASE64";

    /// <summary>The Go <c>asc</c> CLI's name for <see cref="PrivateKeyBase64"/>.</summary>
    public const string PrivateKeyB64 = "ASC_PRIVATE_KEY_B64";

    /// <summary>The path of the .p8 file.</summary>
    public const string PrivateKeyPath = "ASC_PRIVATE_KEY_PATH";

    /// <summary>The API address; set by the emulator's env file when rehearsing.</summary>
    public const string ApiUrl = "ASC_API_URL";

    /// <summary>The vendor number that Sales and Finance reports are read for (Payments and Financial Reports, top left).</summary>
    public const string VendorNumber = "ASC_VENDOR_NUMBER";

    /// <summary>The team's RSA signing key, PEM text, that signing certificates are made from and matched against.</summary>
    public const string SigningKey = "ASC_SIGNING_KEY";

    /// <summary>The path of the team's RSA signing key (PEM).</summary>
    public const string SigningKeyPath = "ASC_SIGNING_KEY_PATH";

    /// <summary>fastlane match: the password its storage is encrypted with.</summary>
    public const string MatchPassword = "MATCH_PASSWORD";

    /// <summary>The password of the .p12 files the signing aliases write (and of a .p12 they are given).</summary>
    public const string SigningP12Password = "ASC_SIGNING_P12_PASSWORD";

    /// <summary>fastlane: the key id.</summary>
    public const string FastlaneKeyId = "APP_STORE_CONNECT_API_KEY_KEY_ID";

    /// <summary>fastlane: the issuer id.</summary>
    public const string FastlaneIssuerId = "APP_STORE_CONNECT_API_KEY_ISSUER_ID";

    /// <summary>fastlane: the key text (or base64 when <see cref="FastlaneIsKeyContentBase64"/> is true).</summary>
    public const string FastlaneKey = "APP_STORE_CONNECT_API_KEY_KEY";

    /// <summary>fastlane: the path of the .p8 file.</summary>
    public const string FastlaneKeyFilePath = "APP_STORE_CONNECT_API_KEY_KEY_FILEPATH";

    /// <summary>fastlane: whether <see cref="FastlaneKey"/> is base64.</summary>
    public const string FastlaneIsKeyContentBase64 = "APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64";

    /// <summary>fastlane: token lifetime in seconds (at most 1200).</summary>
    public const string FastlaneDuration = "APP_STORE_CONNECT_API_KEY_DURATION";

    /// <summary>fastlane: whether the key is an enterprise (in-house) key.</summary>
    public const string FastlaneInHouse = "APP_STORE_CONNECT_API_KEY_IN_HOUSE";

    /// <summary>fastlane: the path of an API key JSON file (<c>key_id</c>, <c>issuer_id</c>, <c>key</c>, …).</summary>
    public const string FastlaneApiKeyPath = "APP_STORE_CONNECT_API_KEY_PATH";
}
