namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

/// <summary>The one rule for an upload's state: awaiting until committed, processing for the configured time, then its outcome.</summary>
internal static class BuildUploadState
{
    public const string AwaitingUpload = "AWAITING_UPLOAD";
    public const string Processing = "PROCESSING";
    public const string Failed = "FAILED";
    public const string Complete = "COMPLETE";

    public static IReadOnlyList<string> All { get; } = [AwaitingUpload, Processing, Failed, Complete];

    public static string Of(BuildUploadRecord upload, DateTimeOffset now, TimeSpan processingTime) =>
        upload.CommittedAt is not { } committed ? AwaitingUpload
        : now < committed + processingTime ? Processing
        : upload.Outcome ?? Processing;

    /// <summary>When processing ends and the outcome (and for a success, the build) becomes visible.</summary>
    public static DateTimeOffset? ProcessedAt(BuildUploadRecord upload, TimeSpan processingTime) => upload.CommittedAt + processingTime;
}
