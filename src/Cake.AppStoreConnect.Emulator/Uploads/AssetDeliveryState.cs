using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// The one rule for an uploaded asset's delivery state (Apple, "Uploading assets to App Store Connect"):
/// AWAITING_UPLOAD until committed, UPLOAD_COMPLETE while processing runs (the emulator's processing time),
/// then COMPLETE, or FAILED when processing found errors; and its wire form (Apple's <c>AppMediaAssetState</c>).
/// </summary>
internal static class AssetDeliveryState
{
    public const string AwaitingUpload = "AWAITING_UPLOAD";
    public const string UploadComplete = "UPLOAD_COMPLETE";
    public const string Complete = "COMPLETE";
    public const string Failed = "FAILED";

    /// <summary>The state at <paramref name="now"/> of a file committed at <paramref name="committedAt"/> (or not yet); <paramref name="failed"/>: processing refuses it.</summary>
    public static string Of(DateTimeOffset? committedAt, bool failed, DateTimeOffset now, TimeSpan processingTime) =>
        committedAt is not { } committed ? AwaitingUpload
        : now < committed + processingTime ? UploadComplete
        : failed ? Failed
        : Complete;

    /// <summary>The state's wire form: errors only once processing has failed.</summary>
    public static JsonObject ToJson(string state, IEnumerable<StateDetail> errors) => new()
    {
        ["errors"] = new JsonArray([.. (state == Failed ? errors : []).Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["description"] = e.Description })]),
        ["warnings"] = new JsonArray(),
        ["state"] = state,
    };
}
