using System.Globalization;
using System.Security;
using Cake.AppStoreConnect.Emulator.Hosting;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// <c>PUT /_upload/{token}/{part}</c>: the emulator's stand-in for Apple's pre-signed storage URLs, for every
/// upload target. Like S3 it answers in XML, checks the signed content type and the expiry, takes exactly
/// the reserved length, and refuses an <c>Authorization</c> header, because a client that sends its JWT here leaks it.
/// </summary>
internal static class UploadPartEndpoint
{
    public const string PathPrefix = "/_upload";
    public const string ContentType = "application/octet-stream";

    public static void Map(IEndpointRouteBuilder routes, EmulatorContext context) =>
        routes.MapPut(PathPrefix + "/{token}/{part}", (HttpContext http, string token, string part) => PutAsync(http, context, token, part));

    /// <summary>The URL of one part of a reservation whose secret is <paramref name="token"/>.</summary>
    public static string PartPath(string token, int partNumber) => $"{PathPrefix}/{token}/{partNumber.ToString(CultureInfo.InvariantCulture)}";

    private static async Task<IResult> PutAsync(HttpContext http, EmulatorContext context, string token, string part)
    {
        var request = http.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            return Error(400, "InvalidArgument", "Pre-signed upload URLs take no Authorization header: do not send the App Store Connect token to storage URLs.");
        }

        var (target, file) = context.Store.Read(s => context.UploadTargets.Select(t => (Target: t, File: t.FindByToken(s, token))).FirstOrDefault(f => f.File is not null));
        if (target is null || file is null)
        {
            return Error(403, "AccessDenied", "The upload URL is not valid.");
        }

        if (context.Now > file.Expiration)
        {
            return Error(403, "AccessDenied", "Request has expired. Reserve the file again for new upload URLs.");
        }

        if (file.Committed)
        {
            return Error(404, "NoSuchUpload", "The upload has already been committed; parts can no longer be sent.");
        }

        var layout = file.Layout;
        if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var partNumber) || partNumber < 1 || partNumber > layout.PartCount)
        {
            return Error(400, "InvalidArgument", $"Part number must be from 1 to {layout.PartCount}.");
        }

        if (!string.Equals(request.ContentType, file.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return Error(403, "SignatureDoesNotMatch", $"The request must carry exactly the listed headers: Content-Type: {file.ContentType}.");
        }

        var expected = layout.Length(partNumber);
        if (request.ContentLength is { } declared && declared != expected)
        {
            return Error(400, "InvalidPartLength", $"Part {partNumber} must be exactly {expected} bytes (offset {layout.Offset(partNumber)}), not {declared}.");
        }

        var (received, kept) = await context.Uploads.WritePartAsync(file.FileId, layout, partNumber, target.Checksum, request.Body, http.RequestAborted);
        if (!kept)
        {
            return Error(400, "InvalidPartLength", $"Part {partNumber} must be exactly {expected} bytes (offset {layout.Offset(partNumber)}), received {received}.");
        }

        context.Store.Write(s => target.RecordReceivedPart(s, file.FileId, partNumber));
        return Results.Ok();
    }

    public static IResult Error(int status, string code, string message) =>
        Results.Text(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{SecurityElement.Escape(message)}</Message></Error>",
            "application/xml",
            System.Text.Encoding.UTF8,
            status);
}
