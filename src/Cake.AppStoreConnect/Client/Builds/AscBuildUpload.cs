using Cake.AppStoreConnect.Client.JsonApi;
using Cake.AppStoreConnect.Client.Uploads;

namespace Cake.AppStoreConnect.Client.Builds;

/// <summary>A build upload: the record of one binary sent to App Store Connect.</summary>
/// <param name="Id">The upload's id.</param>
/// <param name="ShortVersion">CFBundleShortVersionString, such as <c>1.4.0</c>.</param>
/// <param name="BuildNumber">CFBundleVersion, such as <c>57</c>.</param>
/// <param name="Platform">The platform (<see cref="AscPlatform"/>).</param>
/// <param name="State">The state (<see cref="AscBuildUploadState"/>).</param>
/// <param name="Errors">Apple's errors when the state is FAILED.</param>
/// <param name="Warnings">Apple's warnings.</param>
/// <param name="BuildId">The build it became, once COMPLETE.</param>
/// <param name="UploadedDate">When it was uploaded.</param>
public sealed record AscBuildUpload(
    string Id,
    string ShortVersion,
    string BuildNumber,
    string Platform,
    string State,
    IReadOnlyList<AscStateDetail> Errors,
    IReadOnlyList<AscStateDetail> Warnings,
    string? BuildId,
    DateTimeOffset? UploadedDate)
{
    internal static AscBuildUpload From(JsonApiResource<BuildUploadAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.CfBundleShortVersionString ?? string.Empty,
        resource.Attributes?.CfBundleVersion ?? string.Empty,
        resource.Attributes?.Platform ?? string.Empty,
        resource.Attributes?.State?.State ?? string.Empty,
        resource.Attributes?.State?.Errors ?? [],
        resource.Attributes?.State?.Warnings ?? [],
        resource.GetRelatedId("build"),
        resource.Attributes?.UploadedDate ?? resource.Attributes?.CreatedDate);
}

/// <summary>A file reserved in a build upload, with the parts to send.</summary>
/// <param name="Id">The file's id.</param>
/// <param name="FileName">The file name.</param>
/// <param name="FileSize">The size in bytes.</param>
/// <param name="DeliveryState">The delivery state.</param>
/// <param name="Errors">Apple's delivery errors.</param>
/// <param name="Operations">The parts to send; empty once committed.</param>
/// <param name="AssetType"><c>ASSET</c> for the binary itself, <c>ASSET_DESCRIPTION</c> or <c>ASSET_SPI</c>.</param>
/// <param name="Checksum">The whole file's checksum given at the commit, once committed and when App Store Connect shows it.</param>
public sealed record AscBuildUploadFile(
    string Id,
    string FileName,
    long FileSize,
    string? DeliveryState,
    IReadOnlyList<AscStateDetail> Errors,
    IReadOnlyList<AscUploadOperation> Operations,
    string? AssetType = null,
    AscFileChecksum? Checksum = null)
{
    internal static AscBuildUploadFile From(JsonApiResource<BuildUploadFileAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.FileName ?? string.Empty,
        resource.Attributes?.FileSize ?? 0,
        resource.Attributes?.AssetDeliveryState?.State,
        resource.Attributes?.AssetDeliveryState?.Errors ?? [],
        resource.Attributes?.UploadOperations ?? [],
        resource.Attributes?.AssetType,
        resource.Attributes?.SourceFileChecksums?.File);
}

/// <summary>A build in App Store Connect.</summary>
/// <param name="Id">The build's id.</param>
/// <param name="BuildNumber">CFBundleVersion.</param>
/// <param name="ShortVersion">CFBundleShortVersionString, when its pre-release version was read.</param>
/// <param name="Platform">The platform, when its pre-release version was read.</param>
/// <param name="ProcessingState">The processing state (<see cref="AscBuildProcessingState"/>).</param>
/// <param name="UploadedDate">When it was uploaded.</param>
/// <param name="ExpirationDate">When TestFlight stops offering it.</param>
/// <param name="Expired">Whether it has expired.</param>
/// <param name="UsesNonExemptEncryption">The export compliance answer; <see langword="null"/> while unanswered.</param>
/// <param name="MinOsVersion">The minimum OS version.</param>
public sealed record AscBuild(
    string Id,
    string BuildNumber,
    string? ShortVersion,
    string? Platform,
    string ProcessingState,
    DateTimeOffset? UploadedDate,
    DateTimeOffset? ExpirationDate,
    bool Expired,
    bool? UsesNonExemptEncryption,
    string? MinOsVersion)
{
    internal static AscBuild From(JsonApiResource<BuildAttributes> resource, JsonApiResource<PreReleaseVersionAttributes>? preRelease) => new(
        resource.Id,
        resource.Attributes?.Version ?? string.Empty,
        preRelease?.Attributes?.Version,
        preRelease?.Attributes?.Platform,
        resource.Attributes?.ProcessingState ?? string.Empty,
        resource.Attributes?.UploadedDate,
        resource.Attributes?.ExpirationDate,
        resource.Attributes?.Expired ?? false,
        resource.Attributes?.UsesNonExemptEncryption,
        resource.Attributes?.MinOsVersion);

    /// <inheritdoc />
    public override string ToString() => ShortVersion is null ? $"build {BuildNumber} ({ProcessingState})" : $"{ShortVersion} ({BuildNumber}) {ProcessingState}";
}
