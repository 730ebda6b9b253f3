namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

/// <summary>
/// The state machine of an App Store version, in one place:
/// PREPARE_FOR_SUBMISSION → (item added) READY_FOR_REVIEW → (submitted) WAITING_FOR_REVIEW → (review time)
/// IN_REVIEW → (review time) PENDING_DEVELOPER_RELEASE (MANUAL), PENDING_APPLE_RELEASE (SCHEDULED, before its date)
/// or READY_FOR_DISTRIBUTION (AFTER_APPROVAL). A canceled submission leaves DEVELOPER_REJECTED, editable again.
/// </summary>
internal static class AppVersionStates
{
    public const string PrepareForSubmission = "PREPARE_FOR_SUBMISSION";
    public const string ReadyForReview = "READY_FOR_REVIEW";
    public const string WaitingForReview = "WAITING_FOR_REVIEW";
    public const string InReview = "IN_REVIEW";
    public const string PendingDeveloperRelease = "PENDING_DEVELOPER_RELEASE";
    public const string PendingAppleRelease = "PENDING_APPLE_RELEASE";
    public const string ReadyForDistribution = "READY_FOR_DISTRIBUTION";
    public const string DeveloperRejected = "DEVELOPER_REJECTED";

    /// <summary>Stage of a version whose review submission was submitted; the state then follows the clock.</summary>
    public const string StageSubmitted = "SUBMITTED";

    /// <summary>Stage of a version seeded as already live.</summary>
    public const string StageLive = "LIVE";

    /// <summary>Apple's <c>AppVersionState</c> values the filter accepts.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "ACCEPTED", DeveloperRejected, InReview, "INVALID_BINARY", "METADATA_REJECTED", PendingAppleRelease, PendingDeveloperRelease,
        PrepareForSubmission, "PROCESSING_FOR_DISTRIBUTION", ReadyForDistribution, ReadyForReview, "REJECTED", "REPLACED_WITH_NEW_VERSION",
        "WAITING_FOR_EXPORT_COMPLIANCE", WaitingForReview,
    ];

    /// <summary>Apple's deprecated <c>AppStoreVersionState</c> values the filter accepts.</summary>
    public static IReadOnlyList<string> AllAppStoreStates { get; } =
    [
        "ACCEPTED", "DEVELOPER_REMOVED_FROM_SALE", DeveloperRejected, InReview, "INVALID_BINARY", "METADATA_REJECTED", PendingAppleRelease,
        "PENDING_CONTRACT", PendingDeveloperRelease, PrepareForSubmission, "PREORDER_READY_FOR_SALE", "PROCESSING_FOR_APP_STORE",
        ReadyForReview, "READY_FOR_SALE", "REJECTED", "REMOVED_FROM_SALE", "WAITING_FOR_EXPORT_COMPLIANCE", WaitingForReview,
        "REPLACED_WITH_NEW_VERSION", "NOT_APPLICABLE",
    ];

    /// <summary>States in which metadata and build can be changed, and a version added to a review submission.</summary>
    public static IReadOnlySet<string> Editable { get; } = new HashSet<string>
    {
        PrepareForSubmission, ReadyForReview, DeveloperRejected, "REJECTED", "METADATA_REJECTED", "INVALID_BINARY",
    };

    /// <summary>
    /// States a seed file or snapshot keeps as Apple showed them, each its own stage. The emulator does not know when
    /// Apple's review started, so its clock does not move them on (a guess: a rehearsal needs Apple's refusals, not its
    /// timing); a held PENDING_DEVELOPER_RELEASE is released by a release request, a held PENDING_APPLE_RELEASE at its
    /// earliest release date, or, with none, one review time after it was seeded: Apple releases an approved version whose
    /// schedule has no date on its own (a guess at the delay; Apple gives none).
    /// </summary>
    public static IReadOnlySet<string> Held { get; } = new HashSet<string>
    {
        WaitingForReview, InReview, "WAITING_FOR_EXPORT_COMPLIANCE", "ACCEPTED", PendingDeveloperRelease, PendingAppleRelease,
        "PROCESSING_FOR_DISTRIBUTION", "REPLACED_WITH_NEW_VERSION",
    };

    public static string Of(AppStoreVersionRecord version, DateTimeOffset now, TimeSpan reviewTime)
    {
        switch (version.Stage)
        {
            case StageLive:
                return ReadyForDistribution;
            case PendingDeveloperRelease or PendingAppleRelease when ReleasedAt(version, now, reviewTime) is not null:
                return ReadyForDistribution;
            case StageSubmitted when version.SubmittedAt is { } submitted:
                if (now < submitted + reviewTime)
                {
                    return WaitingForReview;
                }

                if (now < submitted + (2 * reviewTime))
                {
                    return InReview;
                }

                if (ReleasedAt(version, now, reviewTime) is not null)
                {
                    return ReadyForDistribution;
                }

                return version.ReleaseType == "SCHEDULED" ? PendingAppleRelease : PendingDeveloperRelease;
            default:
                return version.Stage;
        }
    }

    /// <summary>The deprecated <c>appStoreState</c>: the same, but "live" is READY_FOR_SALE and processing is PROCESSING_FOR_APP_STORE.</summary>
    public static string AppStoreState(string appVersionState) => appVersionState switch
    {
        ReadyForDistribution => "READY_FOR_SALE",
        "PROCESSING_FOR_DISTRIBUTION" => "PROCESSING_FOR_APP_STORE",
        _ => appVersionState,
    };

    public static DateTimeOffset? ApprovedAt(AppStoreVersionRecord version, TimeSpan reviewTime) =>
        version.Stage == StageSubmitted && version.SubmittedAt is { } submitted ? submitted + (2 * reviewTime) : null;

    public static DateTimeOffset? ReleasedAt(AppStoreVersionRecord version, DateTimeOffset now, TimeSpan reviewTime)
    {
        if (version.Stage == StageLive)
        {
            return version.CreatedDate;
        }

        // Held as a snapshot showed it: released by the developer's request, or by Apple on the scheduled date.
        DateTimeOffset? held = version.Stage switch
        {
            PendingDeveloperRelease => version.ReleaseRequestedAt,
            PendingAppleRelease => version.EarliestReleaseDate ?? version.ReleaseRequestedAt + reviewTime,
            _ => null,
        };
        if (version.Stage is PendingDeveloperRelease or PendingAppleRelease)
        {
            return held is { } releasedAt && releasedAt <= now ? releasedAt : null;
        }

        if (ApprovedAt(version, reviewTime) is not { } approved || approved > now)
        {
            return null;
        }

        DateTimeOffset? released = version.ReleaseType switch
        {
            "MANUAL" => version.ReleaseRequestedAt,
            "SCHEDULED" => version.EarliestReleaseDate is { } date && date > approved ? date : approved,
            _ => approved,
        };
        return released is { } at && at <= now ? at : null;
    }
}
