using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Automatic tester notification of a build, and telling testers now when the build just reached them.</summary>
internal sealed class TesterNotificationStep(AppStoreConnectClient client)
{
    public async Task<bool> ApplyAsync(ChangePlan plan, AscBuild build, bool? notifyTesters, IReadOnlyList<AscBetaGroup> newlyAdded, AscBetaAppReviewSubmission? review, CancellationToken cancellationToken)
    {
        if (notifyTesters is not { } notify)
        {
            return false;
        }

        var detail = await client.BuildBetaDetails.GetForBuildAsync(build.Id, cancellationToken);
        if (detail.AutoNotifyEnabled == notify)
        {
            plan.InPlace($"automatic tester notification is {(notify ? "on" : "off")}");
        }
        else
        {
            await plan.ChangeAsync($"turn automatic tester notification {(notify ? "on" : "off")}", () => client.BuildBetaDetails.SetAutoNotifyAsync(detail.Id, notify, cancellationToken));
        }

        // Testers of a group are told now when the build just reached them: internal groups at once,
        // external ones once beta review approved it.
        var available = newlyAdded.Any(g => g.IsInternal) || (newlyAdded.Any(g => !g.IsInternal) && review?.BetaReviewState == AscBetaReviewState.Approved);
        if (!notify || !available)
        {
            return false;
        }

        var sent = false;
        await plan.ChangeAsync("notify the build's testers", async () =>
        {
            try
            {
                await client.BuildBetaNotifications.CreateAsync(build.Id, cancellationToken);
                sent = true;
            }
            catch (Exception ex) when (ex is AscConflictException or AscInvalidRequestException or AscOutcomeUnknownException)
            {
                client.Connection.Log.Write(AscLogLevel.Warning, $"Testers of build {build} were not notified now ({ex.Message.Split(Environment.NewLine)[0]}); App Store Connect's automatic notification still applies.");
            }
        });
        return sent;
    }
}
