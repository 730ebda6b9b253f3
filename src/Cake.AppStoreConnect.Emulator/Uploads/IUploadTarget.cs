using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// A kind of reserved file that takes its bytes at pre-signed part URLs: build upload files today;
/// screenshots, previews and App Review attachments (which answer the same <c>uploadOperations</c>) next.
/// The part endpoint and the upload pipeline know only this, never a resource's record.
/// </summary>
internal interface IUploadTarget
{
    /// <summary>
    /// The checksum algorithm (<c>MD5</c> or <c>SHA_256</c>) this target's clients commit with, which the emulator
    /// hashes in the background as parts arrive; a commit with the other one reads the parts again.
    /// </summary>
    string Checksum { get; }

    /// <summary>Finds the reservation whose part URLs carry this token; called under the store's lock.</summary>
    UploadReservation? FindByToken(StateStore store, string token);

    /// <summary>Marks a part received; called under the store's write lock once its bytes are on disk.</summary>
    void RecordReceivedPart(StateStore store, string fileId, int partNumber);

    /// <summary>
    /// Answers the resource's commit (<c>PATCH</c> with <c>uploaded: true</c> and the checksum): one at a time per
    /// file (<see cref="UploadStorage.LockCommitAsync"/>), checked by <see cref="UploadVerification"/>.
    /// </summary>
    Task<IResult> CommitAsync(HttpContext http, string id);
}

/// <summary>
/// What the part endpoint needs of one reservation: where its bytes go, its parts, whether it still takes them,
/// and the <c>Content-Type</c> its URLs are signed with (build files: octet-stream; screenshots: the image's type).
/// </summary>
internal sealed record UploadReservation(string FileId, PartLayout Layout, DateTimeOffset Expiration, bool Committed, string ContentType = UploadPartEndpoint.ContentType);

/// <summary>How a file is cut into parts: every part <see cref="PartSize"/> bytes but the last.</summary>
internal readonly record struct PartLayout(long FileSize, long PartSize)
{
    public int PartCount => (int)((FileSize + PartSize - 1) / PartSize);

    public long Offset(int partNumber) => (partNumber - 1) * PartSize;

    public long Length(int partNumber) => Math.Min(PartSize, FileSize - Offset(partNumber));
}
