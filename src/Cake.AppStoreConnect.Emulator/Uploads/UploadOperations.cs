using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// The one renderer of a reservation's <c>uploadOperations</c>: a <c>PUT</c> per part at the shared part URL,
/// signed with the file's <c>Content-Type</c>. Build upload files answer Apple's <c>DeliveryFileUploadOperation</c>
/// (with <c>expiration</c> and <c>partNumber</c>); the other assets Apple's <c>UploadOperation</c>, which has neither.
/// </summary>
internal static class UploadOperations
{
    /// <summary>
    /// Writes what an asset with one <c>sourceFileChecksum</c> answers about its file (screenshots, previews,
    /// App Review attachments): <c>fileName</c>, <c>fileSize</c>, the checksum once given, and <see cref="Write"/>.
    /// </summary>
    public static void WriteWithFile(UploadedFile file, string? sourceFileChecksum, JsonObject attributes, ResourceContext context)
    {
        attributes["fileName"] = file.FileName;
        attributes["fileSize"] = file.FileSize;
        if (sourceFileChecksum is not null)
        {
            attributes["sourceFileChecksum"] = sourceFileChecksum;
        }

        Write(file, attributes, context);
    }

    /// <summary>Writes <c>uploadOperations</c> while the file awaits its bytes; a committed file has none.</summary>
    public static void Write(UploadedFile file, JsonObject attributes, ResourceContext context, bool withExpiration = false)
    {
        if (file.CommittedAt is null)
        {
            attributes["uploadOperations"] = new JsonArray([.. Enumerable.Range(1, file.Layout.PartCount).Select(n => (JsonNode)Operation(file, n, context, withExpiration))]);
        }
    }

    private static JsonObject Operation(UploadedFile file, int partNumber, ResourceContext context, bool withExpiration)
    {
        var operation = new JsonObject
        {
            ["method"] = "PUT",
            ["url"] = context.Url(UploadPartEndpoint.PartPath(file.UploadToken, partNumber)),
            ["length"] = file.Layout.Length(partNumber),
            ["offset"] = file.Layout.Offset(partNumber),
            ["requestHeaders"] = new JsonArray(new JsonObject { ["name"] = "Content-Type", ["value"] = file.PartContentType() }),
        };
        if (withExpiration)
        {
            operation["expiration"] = ApiDates.Format(file.UploadExpiration);
            operation["partNumber"] = partNumber;
        }

        return operation;
    }
}
