using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// A resource whose records are <see cref="UploadedFile"/>s as an upload target: the look-up by token and the
/// part bookkeeping are the same for all of them; the checksum algorithm and the commit are the resource's own.
/// </summary>
internal sealed class UploadTarget<TFile> : IUploadTarget
    where TFile : UploadedFile
{
    private readonly Func<HttpContext, string, Task<IResult>> _commit;

    public UploadTarget(string checksum, Func<HttpContext, string, Task<IResult>> commit)
    {
        Checksum = checksum;
        _commit = commit;
    }

    public string Checksum { get; }

    public UploadReservation? FindByToken(StateStore store, string token) =>
        store.Table<TFile>().Where(f => f.UploadToken == token).FirstOrDefault()?.Reservation();

    public void RecordReceivedPart(StateStore store, string fileId, int partNumber) =>
        store.Table<TFile>().Find(fileId)?.RecordReceivedPart(partNumber);

    public Task<IResult> CommitAsync(HttpContext http, string id) => _commit(http, id);
}
