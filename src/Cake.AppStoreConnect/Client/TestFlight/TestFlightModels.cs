using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>A TestFlight beta group of an app.</summary>
/// <param name="Id">Apple's id of the group.</param>
/// <param name="Name">The group's name, unique within the app.</param>
/// <param name="IsInternal">Whether the group is internal (App Store Connect users, no beta review).</param>
/// <param name="PublicLinkEnabled">Whether the public link is on.</param>
/// <param name="PublicLink">The public link, when on.</param>
/// <param name="PublicLinkLimitEnabled">Whether the public link has a tester limit.</param>
/// <param name="PublicLinkLimit">The public link's tester limit.</param>
/// <param name="FeedbackEnabled">Whether testers can send feedback.</param>
/// <param name="HasAccessToAllBuilds">Whether an internal group gets every build automatically.</param>
/// <param name="CreatedDate">When the group was created.</param>
public sealed record AscBetaGroup(
    string Id,
    string Name,
    bool IsInternal,
    bool PublicLinkEnabled,
    string? PublicLink,
    bool PublicLinkLimitEnabled,
    int? PublicLinkLimit,
    bool FeedbackEnabled,
    bool? HasAccessToAllBuilds,
    DateTimeOffset? CreatedDate)
{
    internal static AscBetaGroup From(JsonApiResource<BetaGroupAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.Name ?? string.Empty,
        resource.Attributes?.IsInternalGroup ?? false,
        resource.Attributes?.PublicLinkEnabled ?? false,
        resource.Attributes?.PublicLink,
        resource.Attributes?.PublicLinkLimitEnabled ?? false,
        resource.Attributes?.PublicLinkLimit,
        resource.Attributes?.FeedbackEnabled ?? false,
        resource.Attributes?.HasAccessToAllBuilds,
        resource.Attributes?.CreatedDate);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({(IsInternal ? "internal" : "external")}, id {Id})";
}

/// <summary>What a new beta group is made with (<c>BetaGroupCreateRequest</c>).</summary>
public sealed record AscBetaGroupDefinition
{
    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a value indicating whether the group is internal.</summary>
    public bool IsInternal { get; init; }

    /// <summary>Gets whether an internal group gets every build automatically.</summary>
    public bool? HasAccessToAllBuilds { get; init; }

    /// <summary>Gets whether the public link is on (external groups).</summary>
    public bool? PublicLinkEnabled { get; init; }

    /// <summary>Gets the public link's tester limit; sets the limit on when given.</summary>
    public int? PublicLinkLimit { get; init; }

    /// <summary>Gets whether testers can send feedback.</summary>
    public bool? FeedbackEnabled { get; init; }
}

/// <summary>A TestFlight tester.</summary>
/// <param name="Id">Apple's id of the tester.</param>
/// <param name="Email">The email address.</param>
/// <param name="FirstName">The first name.</param>
/// <param name="LastName">The last name.</param>
/// <param name="InviteType">How the tester came: <c>EMAIL</c> or <c>PUBLIC_LINK</c>.</param>
/// <param name="State">The tester's state (<c>NOT_INVITED</c>, <c>INVITED</c>, <c>ACCEPTED</c>, <c>INSTALLED</c>, <c>REVOKED</c>).</param>
public sealed record AscBetaTester(string Id, string Email, string? FirstName, string? LastName, string? InviteType, string? State)
{
    /// <summary>Gets the names of the app's groups the tester is in, when they were read.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Gets the number of devices the tester installed the app on, when known.</summary>
    public int Devices { get; init; }

    /// <summary>Gets the build version the tester last installed, when known.</summary>
    public string? InstalledVersion { get; init; }

    internal static AscBetaTester From(JsonApiResource<BetaTesterAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.Email ?? string.Empty,
        resource.Attributes?.FirstName,
        resource.Attributes?.LastName,
        resource.Attributes?.InviteType,
        resource.Attributes?.State)
    {
        Devices = resource.Attributes?.AppDevices?.Count ?? 0,
        InstalledVersion = resource.Attributes?.AppDevices?.Select(d => d.AppBuildVersion).FirstOrDefault(v => !string.IsNullOrEmpty(v)),
    };

    /// <inheritdoc />
    public override string ToString() => $"{FirstName} {LastName} <{Email}>".Trim();
}

/// <summary>"What to Test" of a build in one locale (<c>betaBuildLocalizations</c>).</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="Locale">The locale, such as <c>en-US</c>.</param>
/// <param name="WhatsNew">The notes testers see.</param>
public sealed record AscBetaBuildLocalization(string Id, string Locale, string? WhatsNew);

/// <summary>The TestFlight state of a build (<c>buildBetaDetails</c>).</summary>
/// <param name="Id">Apple's id (the build's beta detail).</param>
/// <param name="AutoNotifyEnabled">Whether testers are notified automatically when the build becomes available.</param>
/// <param name="InternalBuildState">The state for internal testing.</param>
/// <param name="ExternalBuildState">The state for external testing.</param>
public sealed record AscBuildBetaDetail(string Id, bool AutoNotifyEnabled, string? InternalBuildState, string? ExternalBuildState);

/// <summary>An app's contact and demo account for beta app review (<c>betaAppReviewDetails</c>).</summary>
public sealed record AscBetaAppReviewDetail
{
    /// <summary>Gets Apple's id (the same as the app's).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the contact's first name.</summary>
    public string? ContactFirstName { get; init; }

    /// <summary>Gets the contact's last name.</summary>
    public string? ContactLastName { get; init; }

    /// <summary>Gets the contact's phone number.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>Gets the contact's email address.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Gets the demo account's user name.</summary>
    public string? DemoAccountName { get; init; }

    /// <summary>Gets the demo account's password. Never logged.</summary>
    public string? DemoAccountPassword { get; init; }

    /// <summary>Gets whether review needs a demo account.</summary>
    public bool? DemoAccountRequired { get; init; }

    /// <summary>Gets the notes for the reviewer.</summary>
    public string? Notes { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"contact {ContactFirstName} {ContactLastName} <{ContactEmail}>, demo account {(DemoAccountRequired == true ? DemoAccountName ?? "(unset)" : "not required")}";
}

/// <summary>A build's beta app review submission.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="BetaReviewState">The state (<see cref="AscBetaReviewState"/>).</param>
/// <param name="SubmittedDate">When it was submitted.</param>
public sealed record AscBetaAppReviewSubmission(string Id, string? BetaReviewState, DateTimeOffset? SubmittedDate);

/// <summary>States of a beta app review (<c>BetaReviewState</c>).</summary>
public static class AscBetaReviewState
{
    /// <summary>Submitted, not yet looked at.</summary>
    public const string WaitingForReview = "WAITING_FOR_REVIEW";

    /// <summary>Being reviewed.</summary>
    public const string InReview = "IN_REVIEW";

    /// <summary>Rejected; App Store Connect's Resolution Center says why.</summary>
    public const string Rejected = "REJECTED";

    /// <summary>Approved; external testers can install the build.</summary>
    public const string Approved = "APPROVED";
}

internal sealed record BetaGroupAttributes
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("createdDate")]
    public DateTimeOffset? CreatedDate { get; init; }

    [JsonPropertyName("isInternalGroup")]
    public bool? IsInternalGroup { get; init; }

    [JsonPropertyName("hasAccessToAllBuilds")]
    public bool? HasAccessToAllBuilds { get; init; }

    [JsonPropertyName("publicLinkEnabled")]
    public bool? PublicLinkEnabled { get; init; }

    [JsonPropertyName("publicLinkLimitEnabled")]
    public bool? PublicLinkLimitEnabled { get; init; }

    [JsonPropertyName("publicLinkLimit")]
    public int? PublicLinkLimit { get; init; }

    [JsonPropertyName("publicLink")]
    public string? PublicLink { get; init; }

    [JsonPropertyName("feedbackEnabled")]
    public bool? FeedbackEnabled { get; init; }
}

internal sealed record BetaTesterAttributes
{
    [JsonPropertyName("firstName")]
    public string? FirstName { get; init; }

    [JsonPropertyName("lastName")]
    public string? LastName { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("inviteType")]
    public string? InviteType { get; init; }

    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("appDevices")]
    public IReadOnlyList<BetaTesterDevice>? AppDevices { get; init; }
}

internal sealed record BetaTesterDevice
{
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    [JsonPropertyName("appBuildVersion")]
    public string? AppBuildVersion { get; init; }
}

internal sealed record BetaBuildLocalizationAttributes
{
    [JsonPropertyName("whatsNew")]
    public string? WhatsNew { get; init; }

    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
}

internal sealed record BuildBetaDetailAttributes
{
    [JsonPropertyName("autoNotifyEnabled")]
    public bool? AutoNotifyEnabled { get; init; }

    [JsonPropertyName("internalBuildState")]
    public string? InternalBuildState { get; init; }

    [JsonPropertyName("externalBuildState")]
    public string? ExternalBuildState { get; init; }
}

internal sealed record BetaAppReviewDetailAttributes
{
    [JsonPropertyName("contactFirstName")]
    public string? ContactFirstName { get; init; }

    [JsonPropertyName("contactLastName")]
    public string? ContactLastName { get; init; }

    [JsonPropertyName("contactPhone")]
    public string? ContactPhone { get; init; }

    [JsonPropertyName("contactEmail")]
    public string? ContactEmail { get; init; }

    [JsonPropertyName("demoAccountName")]
    public string? DemoAccountName { get; init; }

    [JsonPropertyName("demoAccountPassword")]
    public string? DemoAccountPassword { get; init; }

    [JsonPropertyName("demoAccountRequired")]
    public bool? DemoAccountRequired { get; init; }

    [JsonPropertyName("notes")]
    public string? Notes { get; init; }
}

internal sealed record BetaAppReviewSubmissionAttributes
{
    [JsonPropertyName("betaReviewState")]
    public string? BetaReviewState { get; init; }

    [JsonPropertyName("submittedDate")]
    public DateTimeOffset? SubmittedDate { get; init; }
}
