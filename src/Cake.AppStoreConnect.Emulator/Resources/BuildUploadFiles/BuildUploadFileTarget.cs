using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>Build upload files as an upload target: their reservations take parts at the pre-signed URLs.</summary>
internal sealed class BuildUploadFileTarget : IUploadTarget
{
    private readonly UploadCommit _commit;

    public BuildUploadFileTarget(EmulatorContext context, BuildUploadFileDescriptor descriptor) => _commit = new UploadCommit(context, descriptor);

    /// <summary>SHA-256: what the add-in commits build uploads with.</summary>
    public string Checksum => "SHA_256";

    public UploadReservation? FindByToken(StateStore store, string token) =>
        store.Table<BuildUploadFileRecord>().Where(f => f.UploadToken == token).FirstOrDefault() is { } file
            ? new UploadReservation(file.Id, file.Layout, file.UploadExpiration, file.CommittedAt is not null)
            : null;

    public void RecordReceivedPart(StateStore store, string fileId, int partNumber)
    {
        if (store.Table<BuildUploadFileRecord>().Find(fileId) is { } file && !file.ReceivedParts.Contains(partNumber))
        {
            file.ReceivedParts.Add(partNumber);
            file.ReceivedParts.Sort();
        }
    }

    public Task<IResult> CommitAsync(HttpContext http, string id) => _commit.CommitAsync(http, id);
}
