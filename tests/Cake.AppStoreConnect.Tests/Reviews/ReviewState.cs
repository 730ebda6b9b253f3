using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Reviews;

/// <summary>Review resources read from the emulator's state.</summary>
internal static class ReviewState
{
    /// <summary>The responses held for a review.</summary>
    public static async Task<List<JsonNode>> ResponsesOfAsync(this EmulatorFixture emulator, string reviewId) =>
        [.. (await emulator.StateAsync("customerReviewResponses")).Where(r => r!["reviewId"]!.GetValue<string>() == reviewId).Select(r => r!)];
}
