using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// What every upload target's commit checks before it records anything: every part received, the size
/// reserved, and the checksum the client gives matching the bytes (as bytes: clients send lower- or
/// upper-case hex, some base64). Call it under <see cref="UploadStorage.LockCommitAsync"/>.
/// </summary>
internal static class UploadVerification
{
    public static async Task<FileDigest> VerifyAsync(UploadStorage storage, UploadedFile file, string hash, string algorithm, string hashPointer, CancellationToken cancellationToken)
    {
        var (fileId, layout) = (file.Id, file.Layout);
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

    /// <summary>
    /// The commit check of an asset whose checksum is one <c>sourceFileChecksum</c> attribute (screenshots,
    /// previews, App Review attachments): the checksum is required, then <see cref="VerifyAsync"/>.
    /// </summary>
    public static Task<FileDigest> VerifySourceFileChecksumAsync(UploadStorage storage, UploadedFile file, string? checksum, string algorithm, CancellationToken cancellationToken)
    {
        var pointer = EntityReader.Pointer("sourceFileChecksum");
        return VerifyAsync(storage, file, checksum ?? throw Errors.AttributeRequired(pointer), algorithm, pointer, cancellationToken);
    }

    /// <summary>
    /// A commit of a file already committed repeats it when it gives no checksum or the one committed (a client
    /// retrying a lost response changes nothing); another checksum is a state error: the file cannot change.
    /// </summary>
    public static void RequireRepeatedCommit(UploadedFile file, string noun, string? given, string committed)
    {
        if (given is not null && !SameHash(given, committed))
        {
            throw Errors.State($"{noun} '{file.Id}' has already been committed with a different checksum; delete it and reserve it again to change the file.");
        }
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
