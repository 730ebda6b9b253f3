using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Settings of <c>AscCancelReviewSubmission</c>: which submission to cancel.</summary>
public sealed class AscCancelReviewSubmissionSettings : AscSettings, IAscVersionTarget, IAscWaitSettings
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version string whose submission is canceled; unset: every open submission of the app and platform.</summary>
    public string? VersionString { get; set; }

    /// <inheritdoc/>
    string? IAscVersionTarget.Platform { get => Platform; set => Platform = value ?? AscPlatform.Ios; }

    /// <summary>Gets or sets a value indicating whether to wait until the canceled submissions are COMPLETE (default false).</summary>
    public bool WaitForCompletion { get; set; }

    /// <summary>Gets or sets how long to wait at most (default 10 minutes).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the first interval between polls (default 2 s, growing to 30 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the longest interval between polls (default 30 s).</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    internal AscPollingSettings Polling => new(Timeout, PollInterval, MaxPollInterval);
}
