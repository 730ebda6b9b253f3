using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewSubmissions;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildBetaDetails;

/// <summary>A build's TestFlight detail; made for every build, with the build's id. Its states are derived when read.</summary>
internal sealed class BuildBetaDetailRecord : IRecord
{
    public required string Id { get; init; }

    public required string BuildId { get; init; }

    public bool AutoNotifyEnabled { get; set; } = true;

    public string InternalState(ResourceContext context)
    {
        var build = context.Table<BuildRecord>().Find(BuildId);
        return build is null ? "EXPIRED"
            : build.ProcessingState(context) != "VALID" ? "PROCESSING"
            : build.IsExpired(context) ? "EXPIRED"
            : build.UsesNonExemptEncryption is null ? "MISSING_EXPORT_COMPLIANCE"
            : context.Table<BetaGroupRecord>().Where(g => g.IsInternal && g.BuildIds.Contains(BuildId)).Any() ? "IN_BETA_TESTING"
            : "READY_FOR_BETA_TESTING";
    }

    public string ExternalState(ResourceContext context)
    {
        var build = context.Table<BuildRecord>().Find(BuildId);
        if (build is null || build.IsExpired(context))
        {
            return "EXPIRED";
        }

        if (build.ProcessingState(context) != "VALID")
        {
            return "PROCESSING";
        }

        if (build.UsesNonExemptEncryption is null)
        {
            return "MISSING_EXPORT_COMPLIANCE";
        }

        var review = context.Table<BetaAppReviewSubmissionRecord>().Where(s => s.BuildId == BuildId).FirstOrDefault();
        return review?.ReviewState(context) switch
        {
            null => "READY_FOR_BETA_SUBMISSION",
            "APPROVED" => context.Table<BetaGroupRecord>().Where(g => !g.IsInternal && g.BuildIds.Contains(BuildId)).Any() ? "IN_BETA_TESTING" : "BETA_APPROVED",
            "REJECTED" => "BETA_REJECTED",
            "IN_REVIEW" => "IN_BETA_REVIEW",
            _ => "WAITING_FOR_BETA_REVIEW",
        };
    }
}
