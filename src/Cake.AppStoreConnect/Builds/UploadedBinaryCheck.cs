using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Uploads;

namespace Cake.AppStoreConnect.Builds;

/// <summary>
/// Before a version and build number already uploaded is reported as done: is what App Store Connect
/// holds this archive? It compares the size, and the checksum where Apple shows the one given at the
/// commit, so a rebuilt archive that kept its build number is refused instead of silently not shipped.
/// </summary>
internal static class UploadedBinaryCheck
{
    public static async Task EnsureSameAsync(AppStoreConnectClient client, AscBuildUpload existing, AppArchiveInfo archive, string target, CancellationToken cancellationToken)
    {
        var files = await client.BuildUploads.GetFilesAsync(existing.Id, cancellationToken);
        var binary = files.FirstOrDefault(f => f.AssetType is null or "ASSET");
        var fileName = Path.GetFileName(archive.FilePath);
        if (binary is null)
        {
            client.Connection.Log.Write(AscLogLevel.Verbose, $"Upload {existing.Id} shows no file to compare {fileName} with.");
            return;
        }

        if (binary.FileSize != archive.FileSize)
        {
            throw Different(existing, target, fileName, $"App Store Connect holds {binary.FileName} of {binary.FileSize} bytes, {fileName} has {archive.FileSize} bytes");
        }

        if (binary.Checksum is { Hash: { Length: > 0 } hash, Algorithm: { } algorithm } && AscChecksumAlgorithm.All.Contains(algorithm))
        {
            var local = ChecksumPass.Compute(archive.FilePath, [algorithm], cancellationToken)[algorithm];
            if (!SameDigest(hash, local))
            {
                throw Different(existing, target, fileName, $"both are {archive.FileSize} bytes, but the {algorithm} App Store Connect recorded is {hash} and {fileName}'s is {local}");
            }
        }

        client.Connection.Log.Write(AscLogLevel.Verbose, $"{fileName} matches what upload {existing.Id} holds ({(binary.Checksum?.Hash is null ? "size" : "size and checksum")}).");
    }

    private static AscUploadException Different(AscBuildUpload existing, string target, string fileName, string difference) =>
        new($"{target} was already uploaded (upload {existing.Id}, {existing.State}) from a different file: {difference}. "
            + $"App Store Connect takes one binary per version and build number, so {fileName} cannot be sent under it: bump the build number "
            + "(CFBundleVersion, or the BuildNumber setting) and upload again.");

    /// <summary>Digests compared as bytes: uploaders send lower- or upper-case hex, some base64.</summary>
    private static bool SameDigest(string recorded, string localHex)
    {
        var local = Convert.FromHexString(localHex);
        if (recorded.Length == localHex.Length && recorded.All(char.IsAsciiHexDigit))
        {
            return Convert.FromHexString(recorded).AsSpan().SequenceEqual(local);
        }

        var decoded = new byte[local.Length + 4];
        return Convert.TryFromBase64String(recorded, decoded, out var written) && decoded.AsSpan(0, written).SequenceEqual(local);
    }
}
