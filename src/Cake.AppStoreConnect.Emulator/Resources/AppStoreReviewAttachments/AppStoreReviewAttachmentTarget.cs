using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewAttachments;

/// <summary>App Review attachments as an upload target of the shared part endpoint; committed with MD5, as Apple's asset flow asks.</summary>
internal sealed class AppStoreReviewAttachmentTarget : IUploadTarget
{
    private readonly Func<HttpContext, string, Task<IResult>> _commit;

    public AppStoreReviewAttachmentTarget(Func<HttpContext, string, Task<IResult>> commit) => _commit = commit;

    public string Checksum => "MD5";

    public UploadReservation? FindByToken(StateStore store, string token) =>
        store.Table<AppStoreReviewAttachmentRecord>().Where(a => a.UploadToken == token).FirstOrDefault() is { } attachment
            ? new UploadReservation(attachment.Id, attachment.Layout, attachment.UploadExpiration, attachment.CommittedAt is not null)
            : null;

    public void RecordReceivedPart(StateStore store, string fileId, int partNumber)
    {
        if (store.Table<AppStoreReviewAttachmentRecord>().Find(fileId) is { } attachment && !attachment.ReceivedParts.Contains(partNumber))
        {
            attachment.ReceivedParts.Add(partNumber);
            attachment.ReceivedParts.Sort();
        }
    }

    public Task<IResult> CommitAsync(HttpContext http, string id) => _commit(http, id);
}
