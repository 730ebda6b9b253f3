using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewSubmissions;

/// <summary>A build's beta app review: WAITING_FOR_REVIEW until the configured review time has passed, then APPROVED.</summary>
internal sealed class BetaAppReviewSubmissionRecord : IRecord
{
    public static IReadOnlyList<string> States { get; } = ["WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED", "APPROVED"];

    public required string Id { get; init; }

    public required string BuildId { get; init; }

    public required DateTimeOffset SubmittedDate { get; init; }

    public required DateTimeOffset ReviewedAt { get; init; }

    public string ReviewState(ResourceContext context) => context.Now < ReviewedAt ? "WAITING_FOR_REVIEW" : "APPROVED";
}
