using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>
/// <c>PATCH /v1/buildUploadFiles/{id}</c>, the commit: every part received, the size right and the checksum
/// matching, then the archive is inspected and the upload starts processing. A repeated commit with the
/// same checksum answers the committed file again, so a client retrying a lost response changes nothing.
/// </summary>
internal sealed class UploadCommit
{
    private static readonly string[] Algorithms = ["MD5", "SHA_256"];

    private readonly EmulatorContext _context;
    private readonly BuildUploadFileDescriptor _descriptor;

    public UploadCommit(EmulatorContext context, BuildUploadFileDescriptor descriptor)
    {
        _context = context;
        _descriptor = descriptor;
    }

    public async Task<IResult> CommitAsync(HttpContext http, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<BuildUploadFileRecord>(_descriptor), _context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BuildUploadFileDescriptor.TypeName, id);
        entity.AllowOnly(["sourceFileChecksums", "uploaded"], []);
        var uploaded = entity.OptionalBoolean("uploaded");
        var checksum = ReadChecksum(entity.OptionalObject("sourceFileChecksums"));

        var file = _context.Store.Read(s => s.Table<BuildUploadFileRecord>().Find(id)) ?? throw Errors.NotFound(BuildUploadFileDescriptor.TypeName, id);
        if (file.CommittedAt is not null)
        {
            return checksum is null || (checksum.Value.Algorithm == file.ChecksumAlgorithm && SameHash(checksum.Value.Hash, file.ChecksumHash!))
                ? Render(http, id)
                : throw Errors.State($"Build upload file '{id}' has already been committed with a different checksum.");
        }

        if (uploaded != true)
        {
            return Api.Write(http, _context, c =>
            {
                if (checksum is { } given)
                {
                    file.ChecksumHash = given.Hash;
                    file.ChecksumAlgorithm = given.Algorithm;
                }

                return JsonApiResults.Json(Documents.Single(_descriptor, file, new ParsedQuery(), c, http.Request));
            });
        }

        var (hash, algorithm) = checksum ?? throw Errors.AttributeRequired(EntityReader.Pointer("sourceFileChecksums"));
        var failure = Verify(file, hash, algorithm);
        return Api.Write(http, _context, c =>
        {
            if (file.CommittedAt is null)
            {
                file.CommittedAt = c.Now;
                file.ChecksumHash = hash;
                file.ChecksumAlgorithm = algorithm;
                var upload = c.Table<BuildUploadRecord>().Find(file.BuildUploadId);
                if (upload is not null && file.AssetType == "ASSET")
                {
                    upload.CommittedAt = c.Now;
                    upload.Outcome = failure is null ? BuildUploadState.Complete : BuildUploadState.Failed;
                    upload.Errors.Clear();
                    if (failure is not null)
                    {
                        upload.Errors.Add(failure);
                    }
                }
            }

            return JsonApiResults.Json(Documents.Single(_descriptor, file, new ParsedQuery(), c, http.Request));
        });
    }

    /// <summary>Checks parts, size and checksum, then inspects the archive; returns the processing error, if any.</summary>
    private StateDetail? Verify(BuildUploadFileRecord file, string hash, string algorithm)
    {
        var missing = Enumerable.Range(1, file.PartCount).Where(n => !_context.Uploads.HasPart(file.Id, n)).ToList();
        if (missing.Count > 0)
        {
            throw Errors.State($"Part(s) {string.Join(", ", missing)} of {file.PartCount} have not been uploaded. Upload every part before committing.");
        }

        AssembledFile assembled;
        lock (file)
        {
            // One assembly per file at a time: concurrent commits of the same file would race on its parts.
            assembled = _context.Uploads.Assemble(file.Id, file.PartCount);
        }

        try
        {
            if (assembled.Length != file.FileSize)
            {
                throw Errors.State($"The uploaded parts hold {assembled.Length} bytes, but the reservation is for {file.FileSize}.");
            }

            var actual = algorithm == "MD5" ? assembled.Md5 : assembled.Sha256;
            if (!SameHash(hash, actual))
            {
                throw Errors.AttributeInvalid(
                    "/data/attributes/sourceFileChecksums/file/hash",
                    $"The {algorithm} checksum '{hash}' does not match the uploaded file, whose {algorithm} is '{actual}'. Check the part offsets and lengths.");
            }

            return ArchiveInspector.Inspect(assembled.Path, file.Uti);
        }
        finally
        {
            File.Delete(assembled.Path);
        }
    }

    private IResult Render(HttpContext http, string id) => Api.Read(http, _context, c =>
        JsonApiResults.Json(Documents.Single(_descriptor, c.Table<BuildUploadFileRecord>().Find(id)!, new ParsedQuery(), c, http.Request)));

    private static (string Hash, string Algorithm)? ReadChecksum(JsonObject? checksums)
    {
        if (checksums is null)
        {
            return null;
        }

        const string Pointer = "/data/attributes/sourceFileChecksums/file";
        if (checksums["file"] is not JsonObject file)
        {
            throw Errors.AttributeRequired(Pointer);
        }

        var hash = file["hash"]?.GetValueKind() == JsonValueKind.String ? file["hash"]!.GetValue<string>() : throw Errors.AttributeRequired(Pointer + "/hash");
        var algorithm = file["algorithm"]?.GetValueKind() == JsonValueKind.String ? file["algorithm"]!.GetValue<string>() : throw Errors.AttributeRequired(Pointer + "/algorithm");
        return Algorithms.Contains(algorithm)
            ? (hash, algorithm)
            : throw Errors.AttributeInvalid(Pointer + "/algorithm", $"'{algorithm}' is not a valid checksum algorithm. Allowed values: MD5, SHA_256.");
    }

    /// <summary>Digests are compared as bytes: clients send lower- or upper-case hex, some base64.</summary>
    private static bool SameHash(string given, string expected) =>
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
