using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.Uploads;

namespace Cake.AppStoreConnect.Client.Builds;

/// <summary>The platforms App Store Connect builds are for, as Apple spells them.</summary>
public static class AscPlatform
{
    /// <summary>iOS and iPadOS.</summary>
    public const string Ios = "IOS";

    /// <summary>macOS.</summary>
    public const string MacOs = "MAC_OS";

    /// <summary>tvOS.</summary>
    public const string TvOs = "TV_OS";

    /// <summary>visionOS.</summary>
    public const string VisionOs = "VISION_OS";

    /// <summary>Every platform.</summary>
    public static IReadOnlyList<string> All { get; } = [Ios, MacOs, TvOs, VisionOs];
}

/// <summary>States of a build upload (<c>BuildUploadState</c>).</summary>
public static class AscBuildUploadState
{
    /// <summary>Reserved; bytes not all received or not committed.</summary>
    public const string AwaitingUpload = "AWAITING_UPLOAD";

    /// <summary>Committed; Apple is checking the archive.</summary>
    public const string Processing = "PROCESSING";

    /// <summary>Rejected; terminal. The state's errors say why.</summary>
    public const string Failed = "FAILED";

    /// <summary>Accepted; the build exists.</summary>
    public const string Complete = "COMPLETE";
}

/// <summary>Processing states of a build.</summary>
public static class AscBuildProcessingState
{
    /// <summary>Apple is still processing the build.</summary>
    public const string Processing = "PROCESSING";

    /// <summary>Processing failed.</summary>
    public const string Failed = "FAILED";

    /// <summary>The build is invalid.</summary>
    public const string Invalid = "INVALID";

    /// <summary>Ready for TestFlight and the App Store.</summary>
    public const string Valid = "VALID";
}

/// <summary>One finding Apple reports on an upload (<c>StateDetail</c>).</summary>
/// <param name="Code">Apple's code.</param>
/// <param name="Description">Apple's description.</param>
public sealed record AscStateDetail(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("description")] string? Description)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Description}";
}

internal sealed record BuildUploadAttributes
{
    [JsonPropertyName("cfBundleShortVersionString")]
    public string? CfBundleShortVersionString { get; init; }

    [JsonPropertyName("cfBundleVersion")]
    public string? CfBundleVersion { get; init; }

    [JsonPropertyName("createdDate")]
    public DateTimeOffset? CreatedDate { get; init; }

    [JsonPropertyName("uploadedDate")]
    public DateTimeOffset? UploadedDate { get; init; }

    [JsonPropertyName("platform")]
    public string? Platform { get; init; }

    [JsonPropertyName("state")]
    public BuildUploadStateValue? State { get; init; }
}

internal sealed record BuildUploadStateValue
{
    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("errors")]
    public IReadOnlyList<AscStateDetail>? Errors { get; init; }

    [JsonPropertyName("warnings")]
    public IReadOnlyList<AscStateDetail>? Warnings { get; init; }

    [JsonPropertyName("infos")]
    public IReadOnlyList<AscStateDetail>? Infos { get; init; }
}

internal sealed record BuildUploadFileAttributes
{
    [JsonPropertyName("assetDeliveryState")]
    public AssetDeliveryState? AssetDeliveryState { get; init; }

    [JsonPropertyName("assetType")]
    public string? AssetType { get; init; }

    [JsonPropertyName("fileName")]
    public string? FileName { get; init; }

    [JsonPropertyName("fileSize")]
    public long? FileSize { get; init; }

    [JsonPropertyName("uti")]
    public string? Uti { get; init; }

    [JsonPropertyName("uploadOperations")]
    public IReadOnlyList<AscUploadOperation>? UploadOperations { get; init; }

    [JsonPropertyName("sourceFileChecksums")]
    public SourceFileChecksums? SourceFileChecksums { get; init; }
}

internal sealed record SourceFileChecksums
{
    [JsonPropertyName("file")]
    public AscFileChecksum? File { get; init; }
}

/// <summary>A whole file's checksum as App Store Connect recorded it at the commit.</summary>
/// <param name="Hash">The digest, as the uploader sent it (normally lowercase hex).</param>
/// <param name="Algorithm"><c>MD5</c> or <c>SHA_256</c>.</param>
public sealed record AscFileChecksum(
    [property: JsonPropertyName("hash")] string? Hash,
    [property: JsonPropertyName("algorithm")] string? Algorithm);

internal sealed record AssetDeliveryState
{
    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("errors")]
    public IReadOnlyList<AscStateDetail>? Errors { get; init; }
}

internal sealed record BuildAttributes
{
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("uploadedDate")]
    public DateTimeOffset? UploadedDate { get; init; }

    [JsonPropertyName("expirationDate")]
    public DateTimeOffset? ExpirationDate { get; init; }

    [JsonPropertyName("expired")]
    public bool? Expired { get; init; }

    [JsonPropertyName("minOsVersion")]
    public string? MinOsVersion { get; init; }

    [JsonPropertyName("processingState")]
    public string? ProcessingState { get; init; }

    [JsonPropertyName("usesNonExemptEncryption")]
    public bool? UsesNonExemptEncryption { get; init; }
}

internal sealed record PreReleaseVersionAttributes
{
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("platform")]
    public string? Platform { get; init; }
}
