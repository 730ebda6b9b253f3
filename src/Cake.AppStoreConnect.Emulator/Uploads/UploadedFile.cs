using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// The part of a stored record every reserved file has, whatever its resource (build upload file, App Review
/// attachment, screenshot, preview): its size and parts, the pre-signed URL token and its expiry, the parts
/// received and the commit. The resource's own fields (checksum form, asset type, dimensions) stay in its record.
/// </summary>
internal abstract class UploadedFile : IRecord
{
    public required string Id { get; init; }

    public required string FileName { get; init; }

    public required long FileSize { get; init; }

    /// <summary>Gets or sets the secret part of the pre-signed part URLs; whoever has it may upload.</summary>
    public required string UploadToken { get; set; }

    public required DateTimeOffset UploadExpiration { get; set; }

    public required long PartSize { get; init; }

    public List<int> ReceivedParts { get; init; } = [];

    public DateTimeOffset? CommittedAt { get; set; }

    public PartLayout Layout => new(FileSize, PartSize);

    /// <summary>The <c>Content-Type</c> the part URLs are signed with: octet-stream unless the resource says otherwise.</summary>
    public virtual string PartContentType() => UploadPartEndpoint.ContentType;

    /// <summary>What the part endpoint needs of this reservation.</summary>
    public UploadReservation Reservation() => new(Id, Layout, UploadExpiration, CommittedAt is not null, PartContentType());

    /// <summary>Marks a part received (once, kept in order); called under the store's write lock.</summary>
    public void RecordReceivedPart(int partNumber)
    {
        if (!ReceivedParts.Contains(partNumber))
        {
            ReceivedParts.Add(partNumber);
            ReceivedParts.Sort();
        }
    }

    /// <summary>
    /// Reading an uncommitted reservation whose part URLs have expired issues fresh ones (a new secret and
    /// expiry), as a client that re-fetches its operations expects; parts already received are kept.
    /// </summary>
    public static void RenewExpiredUrls<TFile>(EmulatorContext context, string id)
        where TFile : UploadedFile =>
        context.Store.Write(s =>
        {
            var file = s.Table<TFile>().Find(id);
            if (file is { CommittedAt: null } && context.Now > file.UploadExpiration)
            {
                file.UploadToken = Ids.NewToken();
                file.UploadExpiration = context.Now + context.Options.UploadUrlLifetime;
            }
        });
}
