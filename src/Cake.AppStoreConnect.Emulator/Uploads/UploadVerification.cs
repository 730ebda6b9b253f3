using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// What every upload target's commit checks before it records anything: every part received, the size
/// reserved, and the checksum the client gives matching the bytes (as bytes: clients send lower- or
/// upper-case hex, some base64). Call it under <see cref="UploadStorage.LockCommitAsync"/>.
/// </summary>
internal static class UploadVerification
{
    public static async Task<FileDigest> VerifyAsync(UploadStorage storage, string fileId, PartLayout layout, string hash, string algorithm, string hashPointer, CancellationToken cancellationToken)
    {
        var missing = Enumerable.Range(1, layout.PartCount).Where(n => !storage.HasPart(fileId, n)).ToList();
        var digest = missing.Count == 0 ? await storage.DigestAsync(fileId, layout, algorithm, cancellationToken) : null;
        if (digest is null)
        {
            throw Errors.State($"Part(s) {string.Join(", ", missing)} of {layout.PartCount} have not been uploaded. Upload every part before committing.");
        }

        if (digest.Length != layout.FileSize)
        {
            throw Errors.State($"The uploaded parts hold {digest.Length} bytes, but the reservation is for {layout.FileSize}.");
        }

        var actual = digest.Hash;
        if (!SameHash(hash, actual))
        {
            throw Errors.AttributeInvalid(hashPointer, $"The {algorithm} checksum '{hash}' does not match the uploaded file, whose {algorithm} is '{actual}'. Check the part offsets and lengths.");
        }

        return digest;
    }

    /// <summary>Digests are compared as bytes: clients send lower- or upper-case hex, some base64.</summary>
    public static bool SameHash(string given, string expected) =>
        HashBytes(given) is { } a && HashBytes(expected) is { } b && a.AsSpan().SequenceEqual(b);

    private static byte[]? HashBytes(string hash)
    {
        try
        {
            return hash.Length is 32 or 64 && hash.All(char.IsAsciiHexDigit) ? Convert.FromHexString(hash) : Convert.FromBase64String(hash);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
