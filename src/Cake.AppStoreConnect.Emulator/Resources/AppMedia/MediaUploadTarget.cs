using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>Screenshots or previews as an upload target: their reservations take parts at the shared pre-signed URLs.</summary>
internal sealed class MediaUploadTarget<TAsset> : IUploadTarget
    where TAsset : MediaAssetRecord
{
    private readonly Func<StateStore, string, UploadReservation?> _find;
    private readonly Action<StateStore, string, int> _received;
    private readonly Func<HttpContext, string, Task<IResult>> _commit;

    public MediaUploadTarget(Func<StateStore, string, UploadReservation?> find, Action<StateStore, string, int> received, Func<HttpContext, string, Task<IResult>> commit)
    {
        _find = find;
        _received = received;
        _commit = commit;
    }

    /// <summary>MD5: Apple's <c>sourceFileChecksum</c> of screenshots and previews.</summary>
    public string Checksum => "MD5";

    public UploadReservation? FindByToken(StateStore store, string token) => _find(store, token);

    public void RecordReceivedPart(StateStore store, string fileId, int partNumber) => _received(store, fileId, partNumber);

    public Task<IResult> CommitAsync(HttpContext http, string id) => _commit(http, id);
}
