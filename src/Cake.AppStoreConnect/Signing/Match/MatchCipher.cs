using System.Security.Cryptography;
using System.Text;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>How a file of a match storage is stored.</summary>
internal enum MatchFileFormat
{
    /// <summary>Plain (match's google_cloud and gitlab_secure_files storage, or s3 with s3_skip_encryption).</summary>
    Unencrypted,

    /// <summary>OpenSSL <c>Salted__</c> AES-256-CBC, key and IV from EVP_BytesToKey (one round, MD5; SHA-256 as fallback).</summary>
    V1,

    /// <summary><c>match_encrypted_v2__</c> AES-256-GCM, key, IV and additional data from PBKDF2-HMAC-SHA256.</summary>
    V2,
}

/// <summary>
/// match's file encryption (fastlane <c>match/lib/match/encryption/encryption.rb</c>, since fastlane 2.220.0): every
/// stored .cer, .p12 and profile is base64 text (Ruby's <c>encode64</c>: lines of 60) of a prefix, an 8-byte salt and
/// the cipher text. v2: <c>"match_encrypted_v2__"</c> + salt + 16-byte GCM tag + cipher text, where 68 bytes of
/// PBKDF2-HMAC-SHA256 (10 000 iterations) are the 32-byte key, 12-byte IV and 24 bytes of additional data.
/// v1 (before 2.220.0, and <c>force_legacy_encryption</c>): <c>"Salted__"</c> + salt + AES-256-CBC, key and IV from
/// OpenSSL's EVP_BytesToKey with one round of MD5, or of SHA-256 (what OpenSSL 1.1.0c and later used by default).
/// </summary>
internal static class MatchCipher
{
    public const int V2Iterations = 10_000;

    private const int SaltLength = 8;
    private const int TagLength = 16;
    private const int KeyLength = 32;
    private const int V2IvLength = 12;
    private const int V2AdditionalDataLength = 24;
    private const int V1IvLength = 16;

    private static readonly byte[] V2Prefix = "match_encrypted_v2__"u8.ToArray();
    private static readonly byte[] V1Prefix = "Salted__"u8.ToArray();

    /// <summary>Reads one stored file: finds its format, and decrypts it when encrypted.</summary>
    /// <param name="stored">The bytes of the file.</param>
    /// <param name="password">The match password.</param>
    /// <param name="path">The file's path, for messages.</param>
    /// <returns>The content and the format it was stored in.</returns>
    /// <exception cref="AscMatchPasswordException">The password does not open the file.</exception>
    /// <exception cref="AscMatchStorageException">The file is damaged or in no format match writes.</exception>
    public static (byte[] Content, MatchFileFormat Format) Decrypt(byte[] stored, MatchPassword password, string path)
    {
        var data = FromBase64(stored);
        if (password.Value.Length == 0 && data is not null && (data.AsSpan().StartsWith(V2Prefix) || data.AsSpan().StartsWith(V1Prefix)))
        {
            throw new AscMatchPasswordException($"'{path}' is encrypted (match {(data.AsSpan().StartsWith(V2Prefix) ? "v2" : "v1")}) and no password was given. Set {password.Source} to the password this match storage was encrypted with.", path);
        }

        if (data is not null && data.AsSpan().StartsWith(V2Prefix))
        {
            return (DecryptV2(data, password, path), MatchFileFormat.V2);
        }

        if (data is not null && data.AsSpan().StartsWith(V1Prefix))
        {
            return (DecryptV1(data, password, path), MatchFileFormat.V1);
        }

        if (data is null && StartsLikeMatchBase64(stored))
        {
            throw Damaged(path, "its base64 text is cut short or has characters base64 does not have", null);
        }

        if (LooksLikeSigningFile(stored))
        {
            return (stored, MatchFileFormat.Unencrypted);
        }

        throw new AscMatchStorageException(
            $"'{path}' is in no format fastlane match writes: not base64 of a 'match_encrypted_v2__' (v2) or 'Salted__' (v1) file, nor an unencrypted certificate, key or profile. Restore it from the storage's history, or remove it and write it again.",
            path);
    }

    /// <summary>Encrypts <paramref name="content"/> as match v2 does, with a new random salt.</summary>
    public static byte[] EncryptV2(ReadOnlySpan<byte> content, MatchPassword password) =>
        EncryptV2(content, password, RandomNumberGenerator.GetBytes(SaltLength));

    /// <summary>Encrypts <paramref name="content"/> as match v2 does, with the given salt (known-answer tests).</summary>
    public static byte[] EncryptV2(ReadOnlySpan<byte> content, MatchPassword password, ReadOnlySpan<byte> salt)
    {
        var (key, iv, additionalData) = DeriveV2(password, salt);
        var cipherText = new byte[content.Length];
        var tag = new byte[TagLength];
        using (var aes = new AesGcm(key, TagLength))
        {
            aes.Encrypt(iv, content, cipherText, tag, additionalData);
        }

        var data = new byte[V2Prefix.Length + SaltLength + TagLength + cipherText.Length];
        V2Prefix.CopyTo(data, 0);
        salt.CopyTo(data.AsSpan(V2Prefix.Length));
        tag.CopyTo(data, V2Prefix.Length + SaltLength);
        cipherText.CopyTo(data, V2Prefix.Length + SaltLength + TagLength);
        return ToRubyBase64(data);
    }

    /// <summary>Whether plain bytes are what a match storage holds: DER (certificate, PKCS#12, CMS profile) or PEM.</summary>
    public static bool LooksLikeSigningFile(ReadOnlySpan<byte> content) =>
        (content.Length > 1 && content[0] == 0x30) || content.StartsWith("-----BEGIN "u8);

    private static byte[] DecryptV2(byte[] data, MatchPassword password, string path)
    {
        var header = V2Prefix.Length + SaltLength + TagLength;
        if (data.Length < header)
        {
            throw Damaged(path, $"it has {data.Length} bytes, fewer than the {header} of a v2 header", null);
        }

        var salt = data.AsSpan(V2Prefix.Length, SaltLength);
        var tag = data.AsSpan(V2Prefix.Length + SaltLength, TagLength);
        var cipherText = data.AsSpan(header);
        var (key, iv, additionalData) = DeriveV2(password, salt);
        var content = new byte[cipherText.Length];
        try
        {
            using var aes = new AesGcm(key, TagLength);
            aes.Decrypt(iv, cipherText, tag, content, additionalData);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            // GCM cannot tell a wrong password from a changed file; the storage reader tells them apart by
            // whether the same password opens the other files.
            throw new AscMatchPasswordException(
                $"{password.Source} does not open '{path}' (match v2, AES-256-GCM): the password is wrong, or the file was encrypted with another password or changed since. Set {password.Source} to the password this match storage was encrypted with.",
                path,
                ex);
        }

        return content;
    }

    private static byte[] DecryptV1(byte[] data, MatchPassword password, string path)
    {
        var header = V1Prefix.Length + SaltLength;
        var cipherLength = data.Length - header;
        if (cipherLength <= 0 || cipherLength % 16 != 0)
        {
            throw Damaged(path, $"its v1 cipher text has {Math.Max(cipherLength, 0)} bytes, not a positive multiple of the 16-byte AES block", null);
        }

        var salt = data.AsSpan(V1Prefix.Length, SaltLength);
        var cipherText = data.AsSpan(header);

        // match tries MD5 first and SHA-256 second. CBC has no integrity check, so a wrong password can end in
        // valid padding (about 1 in 256); the content must also look like a certificate, key or profile.
        foreach (var digest in new[] { HashAlgorithmName.MD5, HashAlgorithmName.SHA256 })
        {
            var (key, iv) = DeriveV1(password, salt, digest);
            using var aes = Aes.Create();
            aes.Key = key;
            try
            {
                var content = aes.DecryptCbc(cipherText, iv, PaddingMode.PKCS7);
                if (LooksLikeSigningFile(content))
                {
                    return content;
                }
            }
            catch (CryptographicException)
            {
                // Bad padding: the next digest, or a wrong password.
            }
        }

        throw new AscMatchPasswordException(
            $"{password.Source} does not open '{path}' (match v1, OpenSSL 'Salted__' AES-256-CBC, tried with MD5 and SHA-256 key derivation): the password is wrong, or the file was encrypted with another password. Set {password.Source} to the password this match storage was encrypted with.",
            path);
    }

    private static (byte[] Key, byte[] Iv, byte[] AdditionalData) DeriveV2(MatchPassword password, ReadOnlySpan<byte> salt)
    {
        var derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Value), salt, V2Iterations, HashAlgorithmName.SHA256, KeyLength + V2IvLength + V2AdditionalDataLength);
        return (derived[..KeyLength], derived[KeyLength..(KeyLength + V2IvLength)], derived[(KeyLength + V2IvLength)..]);
    }

    // OpenSSL's EVP_BytesToKey with one round: D1 = H(password + salt), Di = H(Di-1 + password + salt), until key and IV are filled.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "match v1 files were written with MD5 key derivation; they are only read, never written.")]
    private static (byte[] Key, byte[] Iv) DeriveV1(MatchPassword password, ReadOnlySpan<byte> salt, HashAlgorithmName digest)
    {
        var secret = Encoding.UTF8.GetBytes(password.Value);
        var material = new List<byte>(KeyLength + V1IvLength + 64);
        var previous = Array.Empty<byte>();
        while (material.Count < KeyLength + V1IvLength)
        {
            var input = new byte[previous.Length + secret.Length + salt.Length];
            previous.CopyTo(input, 0);
            secret.CopyTo(input, previous.Length);
            salt.CopyTo(input.AsSpan(previous.Length + secret.Length));
            previous = digest == HashAlgorithmName.MD5 ? MD5.HashData(input) : SHA256.HashData(input);
            material.AddRange(previous);
        }

        var bytes = material.ToArray();
        return (bytes[..KeyLength], bytes[KeyLength..(KeyLength + V1IvLength)]);
    }

    private static byte[]? FromBase64(byte[] stored)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(stored);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // A file cut off in the middle of its base64 text still starts with the base64 of a match prefix.
    private static bool StartsLikeMatchBase64(byte[] stored)
    {
        var start = Encoding.ASCII.GetString(stored, 0, Math.Min(stored.Length, 32));
        return start.StartsWith(Convert.ToBase64String(V2Prefix)[..24], StringComparison.Ordinal)
            || start.StartsWith(Convert.ToBase64String(V1Prefix)[..8], StringComparison.Ordinal);
    }

    // Ruby's Base64.encode64, which match writes with: lines of 60 characters, each ending in a newline.
    private static byte[] ToRubyBase64(byte[] data)
    {
        var text = Convert.ToBase64String(data);
        var lines = new StringBuilder(text.Length + (text.Length / 60) + 1);
        for (var i = 0; i < text.Length; i += 60)
        {
            lines.Append(text, i, Math.Min(60, text.Length - i)).Append('\n');
        }

        return Encoding.ASCII.GetBytes(lines.ToString());
    }

    private static AscMatchStorageException Damaged(string path, string why, Exception? inner) =>
        new($"'{path}' is damaged: {why}. Restore it from the storage's history (for git: git checkout -- <file>), or remove it and write it again.", path, inner);
}
