using System.Globalization;
using System.Security;
using Cake.AppStoreConnect.Emulator.Hosting;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>
/// <c>PUT /_upload/{token}/{part}</c>: the emulator's stand-in for Apple's pre-signed storage URLs. Like
/// S3 it answers in XML, checks the signed content type and the expiry, takes exactly the reserved length,
/// and refuses an <c>Authorization</c> header, because a client that sends its JWT here leaks it.
/// </summary>
internal static class UploadPartEndpoint
{
    public const string PathPrefix = "/_upload";
    public const string ContentType = "application/octet-stream";

    public static void Map(IEndpointRouteBuilder routes, EmulatorContext context) =>
        routes.MapPut(PathPrefix + "/{token}/{part}", (HttpContext http, string token, string part) => PutAsync(http, context, token, part));

    private static async Task<IResult> PutAsync(HttpContext http, EmulatorContext context, string token, string part)
    {
        var request = http.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            return Error(400, "InvalidArgument", "Pre-signed upload URLs take no Authorization header: do not send the App Store Connect token to storage URLs.");
        }

        var file = context.Store.Read(s => s.Table<BuildUploadFileRecord>().Where(f => f.UploadToken == token).FirstOrDefault());
        if (file is null)
        {
            return Error(403, "AccessDenied", "The upload URL is not valid.");
        }

        if (context.Now > file.UploadExpiration)
        {
            return Error(403, "AccessDenied", "Request has expired. Reserve the file again for new upload URLs.");
        }

        if (file.CommittedAt is not null)
        {
            return Error(404, "NoSuchUpload", "The upload has already been committed; parts can no longer be sent.");
        }

        if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var partNumber) || partNumber < 1 || partNumber > file.PartCount)
        {
            return Error(400, "InvalidArgument", $"Part number must be from 1 to {file.PartCount}.");
        }

        if (!string.Equals(request.ContentType, ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return Error(403, "SignatureDoesNotMatch", $"The request must carry exactly the listed headers: Content-Type: {ContentType}.");
        }

        var expected = file.PartLength(partNumber);
        if (request.ContentLength is { } declared && declared != expected)
        {
            return Error(400, "InvalidPartLength", $"Part {partNumber} must be exactly {expected} bytes (offset {file.PartOffset(partNumber)}), not {declared}.");
        }

        var (received, md5) = await context.Uploads.WritePartAsync(file.Id, partNumber, request.Body, expected, http.RequestAborted);
        if (md5 is null)
        {
            return Error(400, "InvalidPartLength", $"Part {partNumber} must be exactly {expected} bytes (offset {file.PartOffset(partNumber)}), received {received}.");
        }

        context.Store.Write(s =>
        {
            if (!file.ReceivedParts.Contains(partNumber))
            {
                file.ReceivedParts.Add(partNumber);
                file.ReceivedParts.Sort();
            }
        });
        http.Response.Headers.ETag = $"\"{md5}\"";
        return Results.Ok();
    }

    public static IResult Error(int status, string code, string message) =>
        Results.Text(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{SecurityElement.Escape(message)}</Message></Error>",
            "application/xml",
            System.Text.Encoding.UTF8,
            status);
}
