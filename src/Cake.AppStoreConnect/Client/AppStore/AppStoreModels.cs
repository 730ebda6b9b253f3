using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.AppStore;

/// <summary>States of an App Store version (<c>AppVersionState</c>, and the deprecated <c>AppStoreVersionState</c> where they differ).</summary>
public static class AscAppVersionState
{
    /// <summary>Being prepared; editable.</summary>
    public const string PrepareForSubmission = "PREPARE_FOR_SUBMISSION";

    /// <summary>In a review submission that has not been submitted; editable.</summary>
    public const string ReadyForReview = "READY_FOR_REVIEW";

    /// <summary>Submitted; waiting for App Review.</summary>
    public const string WaitingForReview = "WAITING_FOR_REVIEW";

    /// <summary>Waiting for export compliance review.</summary>
    public const string WaitingForExportCompliance = "WAITING_FOR_EXPORT_COMPLIANCE";

    /// <summary>App Review is looking at it.</summary>
    public const string InReview = "IN_REVIEW";

    /// <summary>Approved; waiting for the developer to release it (manual release).</summary>
    public const string PendingDeveloperRelease = "PENDING_DEVELOPER_RELEASE";

    /// <summary>Approved; waiting for Apple to release it (scheduled).</summary>
    public const string PendingAppleRelease = "PENDING_APPLE_RELEASE";

    /// <summary>Approved.</summary>
    public const string Accepted = "ACCEPTED";

    /// <summary>Being processed for distribution after release.</summary>
    public const string ProcessingForDistribution = "PROCESSING_FOR_DISTRIBUTION";

    /// <summary>Live (<c>AppVersionState</c>).</summary>
    public const string ReadyForDistribution = "READY_FOR_DISTRIBUTION";

    /// <summary>Live (deprecated <c>AppStoreVersionState</c>).</summary>
    public const string ReadyForSale = "READY_FOR_SALE";

    /// <summary>Pulled from review by the developer; editable.</summary>
    public const string DeveloperRejected = "DEVELOPER_REJECTED";

    /// <summary>Rejected by App Review; editable.</summary>
    public const string Rejected = "REJECTED";

    /// <summary>Metadata rejected by App Review; editable.</summary>
    public const string MetadataRejected = "METADATA_REJECTED";

    /// <summary>The binary was rejected; editable.</summary>
    public const string InvalidBinary = "INVALID_BINARY";

    /// <summary>Replaced by a newer version.</summary>
    public const string ReplacedWithNewVersion = "REPLACED_WITH_NEW_VERSION";

    /// <summary>States in which the version's metadata and build can still be changed.</summary>
    public static IReadOnlySet<string> Editable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        PrepareForSubmission, ReadyForReview, DeveloperRejected, Rejected, MetadataRejected, InvalidBinary,
    };

    /// <summary>States of a version that is submitted and not yet decided.</summary>
    public static IReadOnlySet<string> InReviewStates { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        WaitingForReview, WaitingForExportCompliance, InReview,
    };

    /// <summary>States of a version that is approved but not yet released.</summary>
    public static IReadOnlySet<string> Approved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        PendingDeveloperRelease, PendingAppleRelease, Accepted,
    };

    /// <summary>States of a version that is released.</summary>
    public static IReadOnlySet<string> Live { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ReadyForDistribution, ReadyForSale, ProcessingForDistribution, ReplacedWithNewVersion, "DEVELOPER_REMOVED_FROM_SALE", "REMOVED_FROM_SALE", "PREORDER_READY_FOR_SALE",
    };
}

/// <summary>How an approved version reaches the App Store (<c>releaseType</c>).</summary>
public static class AscReleaseType
{
    /// <summary>The developer releases it (<c>AscReleaseVersion</c>); fastlane <c>automatic_release: false</c>.</summary>
    public const string Manual = "MANUAL";

    /// <summary>Released as soon as it is approved; fastlane <c>automatic_release: true</c>.</summary>
    public const string AfterApproval = "AFTER_APPROVAL";

    /// <summary>Released once approved, not before <c>earliestReleaseDate</c>; fastlane <c>auto_release_date</c>.</summary>
    public const string Scheduled = "SCHEDULED";

    /// <summary>Every release type.</summary>
    public static IReadOnlyList<string> All { get; } = [Manual, AfterApproval, Scheduled];
}

/// <summary>States of a review submission.</summary>
public static class AscReviewSubmissionState
{
    /// <summary>Open and not yet submitted: items can be added.</summary>
    public const string ReadyForReview = "READY_FOR_REVIEW";

    /// <summary>Submitted; waiting for App Review.</summary>
    public const string WaitingForReview = "WAITING_FOR_REVIEW";

    /// <summary>App Review is looking at it.</summary>
    public const string InReview = "IN_REVIEW";

    /// <summary>App Review found issues; fix and resubmit.</summary>
    public const string UnresolvedIssues = "UNRESOLVED_ISSUES";

    /// <summary>Being canceled.</summary>
    public const string Canceling = "CANCELING";

    /// <summary>Being completed.</summary>
    public const string Completing = "COMPLETING";

    /// <summary>Finished (decided or canceled).</summary>
    public const string Complete = "COMPLETE";

    /// <summary>States of a submission that still counts as the app's open submission for its platform.</summary>
    public static IReadOnlyList<string> Open { get; } = [ReadyForReview, WaitingForReview, InReview, UnresolvedIssues, Canceling, Completing];

    /// <summary>States of a submission that has been submitted and is not finished.</summary>
    public static IReadOnlySet<string> Submitted { get; } = new HashSet<string>(StringComparer.Ordinal) { WaitingForReview, InReview, UnresolvedIssues };

}

/// <summary>States of a phased release.</summary>
public static class AscPhasedReleaseState
{
    /// <summary>Set up; starts when the version is released.</summary>
    public const string Inactive = "INACTIVE";

    /// <summary>Rolling out over seven days.</summary>
    public const string Active = "ACTIVE";

    /// <summary>Rollout paused (at most 30 days in total).</summary>
    public const string Paused = "PAUSED";

    /// <summary>Released to everyone.</summary>
    public const string Complete = "COMPLETE";
}

/// <summary>The app's answer to Apple's content rights question (<c>contentRightsDeclaration</c>).</summary>
public static class AscContentRightsDeclaration
{
    /// <summary>The app contains, shows or accesses no third-party content.</summary>
    public const string DoesNotUseThirdPartyContent = "DOES_NOT_USE_THIRD_PARTY_CONTENT";

    /// <summary>The app uses third-party content, with the rights to do so.</summary>
    public const string UsesThirdPartyContent = "USES_THIRD_PARTY_CONTENT";
}

/// <summary>An App Store version of an app.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="VersionString">The version, such as <c>1.4.0</c>.</param>
/// <param name="Platform">The platform.</param>
/// <param name="State">The state (<c>appVersionState</c>, else <c>appStoreState</c>).</param>
/// <param name="Copyright">The copyright line.</param>
/// <param name="ReleaseType">MANUAL, AFTER_APPROVAL or SCHEDULED.</param>
/// <param name="EarliestReleaseDate">The earliest release of a SCHEDULED version.</param>
/// <param name="CreatedDate">When it was created.</param>
/// <param name="BuildId">The attached build, when the response said.</param>
public sealed record AscAppStoreVersion(
    string Id,
    string VersionString,
    string Platform,
    string State,
    string? Copyright,
    string? ReleaseType,
    DateTimeOffset? EarliestReleaseDate,
    DateTimeOffset? CreatedDate,
    string? BuildId)
{
    /// <summary>Gets a value indicating whether metadata and build can still be changed.</summary>
    public bool IsEditable => AscAppVersionState.Editable.Contains(State);

    /// <summary>Gets a value indicating whether the version is submitted and waiting for or in review.</summary>
    public bool IsInReview => AscAppVersionState.InReviewStates.Contains(State);

    /// <summary>Gets a value indicating whether the version is approved and not yet released.</summary>
    public bool IsApproved => AscAppVersionState.Approved.Contains(State);

    /// <summary>Gets a value indicating whether the version is released.</summary>
    public bool IsLive => AscAppVersionState.Live.Contains(State);

    internal static AscAppStoreVersion From(JsonApiResource<AppStoreVersionAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.VersionString ?? string.Empty,
        resource.Attributes?.Platform ?? string.Empty,
        Normalise(resource.Attributes?.AppVersionState ?? resource.Attributes?.AppStoreState),
        resource.Attributes?.Copyright,
        resource.Attributes?.ReleaseType,
        resource.Attributes?.EarliestReleaseDate,
        resource.Attributes?.CreatedDate,
        resource.GetRelatedId("build"));

    /// <inheritdoc />
    public override string ToString() => $"{Platform} {VersionString} ({State})";

    private static string Normalise(string? state) => state == AscAppVersionState.ReadyForSale ? AscAppVersionState.ReadyForDistribution : state ?? string.Empty;
}

/// <summary>One locale's metadata of an App Store version.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="Locale">The locale, such as <c>en-US</c>.</param>
/// <param name="WhatsNew">The release notes ("What's New in This Version").</param>
/// <param name="Description">The description.</param>
/// <param name="Keywords">The keywords, comma-separated.</param>
/// <param name="PromotionalText">The promotional text.</param>
/// <param name="MarketingUrl">The marketing URL.</param>
/// <param name="SupportUrl">The support URL.</param>
public sealed record AscAppStoreVersionLocalization(
    string Id,
    string Locale,
    string? WhatsNew,
    string? Description,
    string? Keywords,
    string? PromotionalText,
    string? MarketingUrl,
    string? SupportUrl)
{
    internal static AscAppStoreVersionLocalization From(JsonApiResource<AppStoreVersionLocalizationAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.Locale ?? string.Empty,
        resource.Attributes?.WhatsNew,
        resource.Attributes?.Description,
        resource.Attributes?.Keywords,
        resource.Attributes?.PromotionalText,
        resource.Attributes?.MarketingUrl,
        resource.Attributes?.SupportUrl);
}

/// <summary>A review submission: what is sent to App Review for one app and platform.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="Platform">The platform.</param>
/// <param name="State">The state.</param>
/// <param name="SubmittedDate">When it was submitted.</param>
/// <param name="AppStoreVersionId">The App Store version it is for, when the response said.</param>
public sealed record AscReviewSubmission(string Id, string? Platform, string State, DateTimeOffset? SubmittedDate, string? AppStoreVersionId)
{
    /// <summary>Gets a value indicating whether it has been submitted and is not finished.</summary>
    public bool IsSubmitted => AscReviewSubmissionState.Submitted.Contains(State);

    /// <summary>
    /// Gets a value indicating whether the submission was sent to App Review at some point: it is in review now, App
    /// Review already finished it (COMPLETING, or COMPLETE with a submitted date), or it is being canceled after
    /// submission. What a lookup after a lost answer to the submit uses to learn that the submit took effect.
    /// </summary>
    public bool WasSubmitted => IsSubmitted || State == AscReviewSubmissionState.Completing || (State != AscReviewSubmissionState.ReadyForReview && SubmittedDate is not null);

    internal static AscReviewSubmission From(JsonApiResource<ReviewSubmissionAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.Platform,
        resource.Attributes?.State ?? string.Empty,
        resource.Attributes?.SubmittedDate,
        resource.GetRelatedId("appStoreVersionForReview"));

    /// <inheritdoc />
    public override string ToString() => $"review submission {Id} ({State})";
}

/// <summary>One item of a review submission.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="State">The state.</param>
/// <param name="AppStoreVersionId">The App Store version, when the item is one.</param>
public sealed record AscReviewSubmissionItem(string Id, string? State, string? AppStoreVersionId)
{
    internal static AscReviewSubmissionItem From(JsonApiResource<ReviewSubmissionItemAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.State,
        resource.GetRelatedId("appStoreVersion"));
}

/// <summary>The phased release of an App Store version.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="State">INACTIVE, ACTIVE, PAUSED or COMPLETE.</param>
/// <param name="StartDate">When the rollout started.</param>
/// <param name="CurrentDayNumber">The rollout day (1 to 7).</param>
/// <param name="TotalPauseDuration">Days paused so far.</param>
public sealed record AscPhasedRelease(string Id, string State, DateTimeOffset? StartDate, int? CurrentDayNumber, int? TotalPauseDuration)
{
    internal static AscPhasedRelease From(JsonApiResource<PhasedReleaseAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.PhasedReleaseState ?? string.Empty,
        resource.Attributes?.StartDate,
        resource.Attributes?.CurrentDayNumber,
        resource.Attributes?.TotalPauseDuration);

    /// <inheritdoc />
    public override string ToString() => CurrentDayNumber is { } day ? $"phased release {State}, day {day}" : $"phased release {State}";
}

internal sealed record AppStoreVersionAttributes
{
    [JsonPropertyName("platform")]
    public string? Platform { get; init; }

    [JsonPropertyName("versionString")]
    public string? VersionString { get; init; }

    [JsonPropertyName("appStoreState")]
    public string? AppStoreState { get; init; }

    [JsonPropertyName("appVersionState")]
    public string? AppVersionState { get; init; }

    [JsonPropertyName("copyright")]
    public string? Copyright { get; init; }

    [JsonPropertyName("releaseType")]
    public string? ReleaseType { get; init; }

    [JsonPropertyName("earliestReleaseDate")]
    public DateTimeOffset? EarliestReleaseDate { get; init; }

    [JsonPropertyName("createdDate")]
    public DateTimeOffset? CreatedDate { get; init; }
}

internal sealed record AppStoreVersionLocalizationAttributes
{
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("whatsNew")]
    public string? WhatsNew { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("keywords")]
    public string? Keywords { get; init; }

    [JsonPropertyName("promotionalText")]
    public string? PromotionalText { get; init; }

    [JsonPropertyName("marketingUrl")]
    public string? MarketingUrl { get; init; }

    [JsonPropertyName("supportUrl")]
    public string? SupportUrl { get; init; }
}

internal sealed record ReviewSubmissionAttributes
{
    [JsonPropertyName("platform")]
    public string? Platform { get; init; }

    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("submittedDate")]
    public DateTimeOffset? SubmittedDate { get; init; }
}

internal sealed record ReviewSubmissionItemAttributes
{
    [JsonPropertyName("state")]
    public string? State { get; init; }
}

internal sealed record PhasedReleaseAttributes
{
    [JsonPropertyName("phasedReleaseState")]
    public string? PhasedReleaseState { get; init; }

    [JsonPropertyName("startDate")]
    public DateTimeOffset? StartDate { get; init; }

    [JsonPropertyName("currentDayNumber")]
    public int? CurrentDayNumber { get; init; }

    [JsonPropertyName("totalPauseDuration")]
    public int? TotalPauseDuration { get; init; }
}

internal sealed record AppContentRightsAttributes
{
    [JsonPropertyName("contentRightsDeclaration")]
    public string? ContentRightsDeclaration { get; init; }
}
