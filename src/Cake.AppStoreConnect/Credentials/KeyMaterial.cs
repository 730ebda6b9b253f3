namespace Cake.AppStoreConnect.Credentials;

/// <summary>What a credential value holds, when it holds a private key.</summary>
internal enum KeyMaterialKind
{
    /// <summary>No key material.</summary>
    None,

    /// <summary>PEM text (<c>-----BEGIN … PRIVATE KEY-----</c>), with real or literal <c>\n</c> line breaks.</summary>
    PemText,

    /// <summary>A whole <c>.p8</c> file encoded as base64 (<c>base64 -w0 AuthKey_X.p8</c>).</summary>
    Base64OfPem,

    /// <summary>The key's DER bytes as base64: the body of a PEM block without its header lines.</summary>
    Base64OfDer,
}

/// <summary>
/// Recognises a private key in a credential value, so that a key pasted into the wrong variable is
/// refused by name instead of being echoed in an error (where CI secret masking may miss it).
/// </summary>
internal static class KeyMaterial
{
    // A P-256 PKCS#8 key is 138 bytes (184 base64 characters) and its SEC1 form 121; anything that short
    // and shaped like base64 is treated as a key, because no id, issuer, path or address is 64 base64 characters.
    private const int MinimumBase64Length = 64;

    /// <summary>Tells what <paramref name="value"/> holds.</summary>
    /// <param name="value">A credential value, as read from a variable, a setting or a JSON field.</param>
    /// <returns>The kind of key material, or <see cref="KeyMaterialKind.None"/>.</returns>
    public static KeyMaterialKind Detect(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return KeyMaterialKind.None;
        }

        if (value.Contains("-----BEGIN", StringComparison.Ordinal) || value.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return KeyMaterialKind.PemText;
        }

        var compact = Compact(value);
        if (compact.Length < MinimumBase64Length || !IsBase64Alphabet(compact))
        {
            return KeyMaterialKind.None;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Pad(compact));
        }
        catch (FormatException)
        {
            return KeyMaterialKind.None;
        }

        if (bytes.Length > 0 && bytes[0] == 0x30)
        {
            // 0x30 opens an ASN.1 SEQUENCE, which every DER-encoded private key is.
            return KeyMaterialKind.Base64OfDer;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        return text.Contains("-----BEGIN", StringComparison.Ordinal) ? KeyMaterialKind.Base64OfPem : KeyMaterialKind.None;
    }

    /// <summary>Describes the kind for a message, without any of the material.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>A short description.</returns>
    public static string Describe(KeyMaterialKind kind) => kind switch
    {
        KeyMaterialKind.PemText => "PEM text of a private key",
        KeyMaterialKind.Base64OfPem => "a base64-encoded .p8 file",
        KeyMaterialKind.Base64OfDer => "a base64 private key body",
        _ => "no key",
    };

    private static string Compact(string value) =>
        string.Concat(value.Replace("\\n", string.Empty, StringComparison.Ordinal).Where(c => !char.IsWhiteSpace(c)));

    private static bool IsBase64Alphabet(string value)
    {
        var padding = value.Length - value.TrimEnd('=').Length;
        return padding <= 2 && value.TrimEnd('=').All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/');
    }

    private static string Pad(string value) =>
        value.EndsWith('=') ? value : value.PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '=');
}
