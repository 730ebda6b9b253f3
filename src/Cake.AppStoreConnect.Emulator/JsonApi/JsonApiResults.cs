using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>Writes documents and errors; every JSON response of the API passes here.</summary>
internal static class JsonApiResults
{
    public static IResult Json(JsonNode document, int status = StatusCodes.Status200OK) =>
        Results.Text(document.ToJsonString(), "application/json", System.Text.Encoding.UTF8, status);

    public static IResult NoContent() => Results.StatusCode(StatusCodes.Status204NoContent);

    public static JsonObject ErrorDocument(IEnumerable<ApiError> errors) =>
        new() { ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)e.ToJson())]) };

    public static async Task WriteErrorAsync(HttpContext context, ApiException error)
    {
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ErrorDocument(error.Errors).ToJsonString(), context.RequestAborted);
    }
}
