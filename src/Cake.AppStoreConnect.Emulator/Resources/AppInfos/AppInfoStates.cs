using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.AppInfos;

/// <summary>
/// The state of an app info, in one place. One app info serves every platform of the app, so the version
/// furthest into review decides: while any platform's version waits for or is in review, the app info is
/// locked too (fastlane issue 17321: "could not find an editable info" while another platform is in review).
/// With no version in flight the listing is live (READY_FOR_DISTRIBUTION).
/// </summary>
internal static class AppInfoStates
{
    public const string ReadyForDistribution = "READY_FOR_DISTRIBUTION";

    /// <summary>App info states in which the listing can be changed; the same stages as an editable version's.</summary>
    public static IReadOnlySet<string> Editable { get; } = new HashSet<string> { "PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "DEVELOPER_REJECTED", "REJECTED" };

    /// <summary>Most locked first: the first state any in-flight version maps to wins.</summary>
    private static readonly string[] Precedence =
        ["IN_REVIEW", "WAITING_FOR_REVIEW", "PENDING_RELEASE", "READY_FOR_REVIEW", "REJECTED", "DEVELOPER_REJECTED", "PREPARE_FOR_SUBMISSION"];

    public static string Of(AppInfoRecord info, ResourceContext context)
    {
        var states = context.Table<AppStoreVersionRecord>().Where(v => v.AppId == info.AppId)
            .Select(v => FromVersion(AppStoreReview.StateOf(v, context)))
            .OfType<string>()
            .ToHashSet();
        return Precedence.FirstOrDefault(states.Contains) ?? ReadyForDistribution;
    }

    public static bool IsEditable(AppInfoRecord info, ResourceContext context) => Editable.Contains(Of(info, context));

    /// <summary>
    /// Refuses a change to the app-level listing while it is locked, worded as Apple words it
    /// (409 STATE_ERROR, "… cannot be edited at this time"; fastlane pull 16626 thread).
    /// </summary>
    public static void RequireEditable(AppInfoRecord info, string attribute, ResourceContext context)
    {
        var state = Of(info, context);
        if (!Editable.Contains(state))
        {
            throw Errors.State($"Attribute '{attribute}' cannot be edited at this time. The app info '{info.Id}' is {state}.");
        }
    }

    /// <summary>The app info state a version in this state implies; null once it is released or replaced.</summary>
    private static string? FromVersion(string versionState) => versionState switch
    {
        AppVersionStates.PendingAppleRelease or AppVersionStates.PendingDeveloperRelease or "ACCEPTED" => "PENDING_RELEASE",
        AppVersionStates.InReview => "IN_REVIEW",
        AppVersionStates.WaitingForReview or "WAITING_FOR_EXPORT_COMPLIANCE" => "WAITING_FOR_REVIEW",
        AppVersionStates.ReadyForReview => "READY_FOR_REVIEW",
        "REJECTED" or "METADATA_REJECTED" or "INVALID_BINARY" => "REJECTED",
        AppVersionStates.DeveloperRejected => "DEVELOPER_REJECTED",
        AppVersionStates.PrepareForSubmission => "PREPARE_FOR_SUBMISSION",
        _ => null,
    };
}
