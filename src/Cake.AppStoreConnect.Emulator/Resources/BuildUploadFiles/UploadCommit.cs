using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>
/// <c>PATCH /v1/buildUploadFiles/{id}</c>, the commit: every part received, the size right and the checksum
/// matching (the digest follows the parts as they arrive, so this costs the unhashed tail, not the file),
/// then the archive is inspected and the upload starts processing. Commits of one file are serialised;
/// a repeated commit with the same checksum answers the committed file again, so a client retrying a
/// lost response changes nothing.
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

        // One commit of a file at a time (issue 12, item 15): a second one waits, then finds the file committed.
        using var commitLock = await _context.Uploads.LockCommitAsync(id, http.RequestAborted);
        var file = _context.Store.Read(s => s.Table<BuildUploadFileRecord>().Find(id)) ?? throw Errors.NotFound(BuildUploadFileDescriptor.TypeName, id);
        if (file.CommittedAt is not null)
        {
            return checksum is null || (checksum.Value.Algorithm == file.ChecksumAlgorithm && UploadVerification.SameHash(checksum.Value.Hash, file.ChecksumHash!))
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
        await UploadVerification.VerifyAsync(_context.Uploads, file, hash, algorithm, "/data/attributes/sourceFileChecksums/file/hash", http.RequestAborted);
        StateDetail? failure;
        using (var archive = _context.Uploads.Open(file.Id, file.Layout))
        {
            failure = ArchiveInspector.Inspect(archive, file.Uti);
        }

        var answer = Api.Write(http, _context, c =>
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

            return JsonApiResults.Json(Documents.Single(_descriptor, file, new ParsedQuery(), c, http.Request));
        });

        // Processing has what it needs (the inspection above); the bytes are not kept. Unlinking a gigabyte
        // of parts takes the file system a while, so it does not hold up the answer.
        _context.Uploads.DeletePartsLater(file.Id);
        return answer;
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
}
