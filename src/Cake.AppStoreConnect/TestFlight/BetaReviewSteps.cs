using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Beta app review of a build: the review details, the submission, and the wait for the outcome.</summary>
internal sealed class BetaReviewSteps(AppStoreConnectClient client, TimeProvider time)
{
    /// <summary>Sets the app's beta review contact, demo account and notes where they differ.</summary>
    public async Task ApplyDetailsAsync(ChangePlan plan, AscApp app, AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        var current = await client.BetaAppReviewDetails.GetForAppAsync(app.Id, cancellationToken);
        var changed = new List<string>();
        string? Diff(string field, string? wanted, string? have)
        {
            if (wanted is null || string.Equals(wanted, have, StringComparison.Ordinal))
            {
                return null;
            }

            changed.Add(field);
            return wanted;
        }

        var changes = new AscBetaAppReviewDetail
        {
            Id = current.Id,
            ContactFirstName = Diff("contact first name", settings.ContactFirstName, current.ContactFirstName),
            ContactLastName = Diff("contact last name", settings.ContactLastName, current.ContactLastName),
            ContactEmail = Diff("contact email", settings.ContactEmail, current.ContactEmail),
            ContactPhone = Diff("contact phone", settings.ContactPhone, current.ContactPhone),
            DemoAccountName = Diff("demo account name", settings.DemoAccountName, current.DemoAccountName),
            DemoAccountPassword = Diff("demo account password", settings.DemoAccountPassword, current.DemoAccountPassword),
            Notes = Diff("review notes", settings.BetaReviewNotes, current.Notes),
        };
        if (settings.DemoAccountRequired is { } required && required != current.DemoAccountRequired)
        {
            changes = changes with { DemoAccountRequired = required };
            changed.Add("demo account required");
        }

        if (changed.Count == 0)
        {
            plan.InPlace("beta review contact and demo account are as asked");
            return;
        }

        await plan.ChangeAsync($"update the beta review details ({string.Join(", ", changed)})", () => client.BetaAppReviewDetails.UpdateAsync(changes, cancellationToken));
    }

    /// <summary>Submits the build for beta app review unless it was submitted before, then waits for the outcome when asked.</summary>
    public async Task<AscBetaAppReviewSubmission?> SubmitAsync(ChangePlan plan, AscBuild build, AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        var review = await client.BetaAppReviewSubmissions.FindForBuildAsync(build.Id, cancellationToken);
        if (review is not null)
        {
            plan.InPlace($"build was submitted for beta app review ({review.BetaReviewState})");
        }
        else
        {
            await plan.ChangeAsync("submit the build for beta app review", async () =>
            {
                try
                {
                    (review, _) = await IdempotentCreate.RunAsync(
                        $"the beta app review submission of build {build}",
                        ct => client.BetaAppReviewSubmissions.FindForBuildAsync(build.Id, ct),
                        ct => client.BetaAppReviewSubmissions.CreateAsync(build.Id, ct),
                        client.Connection.Log,
                        cancellationToken: cancellationToken);
                }
                catch (AscInvalidRequestException ex) when (ex.HasErrorCode("ENTITY_ERROR"))
                {
                    // Decided on Apple's code and the build's state, never on the wording of the message.
                    if (await client.Builds.FindAsync(build.Id, cancellationToken) is { UsesNonExemptEncryption: null } unanswered)
                    {
                        throw new AscExportComplianceMissingException(ex, unanswered);
                    }

                    throw;
                }
            });
        }

        if (review is not null && settings.WaitForBetaReview && !plan.DryRun)
        {
            review = await WaitAsync(build, review, settings, cancellationToken);

            // The poller reports each state on the way; the outcome is said once, here.
            client.Connection.Log.Write(AscLogLevel.Information, $"Beta app review approved build {build}.");
        }

        return review;
    }

    private Task<AscBetaAppReviewSubmission> WaitAsync(AscBuild build, AscBetaAppReviewSubmission review, AscBetaBuildSettings settings, CancellationToken cancellationToken) =>
        AscPoller.PollAsync(
            client.Connection,
            settings.BetaReviewPolling,
            time,
            $"beta app review of build {build}",
            ct => client.BetaAppReviewSubmissions.GetAsync(review.Id, ct),
            current => current.BetaReviewState switch
            {
                AscBetaReviewState.Approved => true,
                AscBetaReviewState.Rejected => throw new AscTestFlightException($"Beta app review rejected build {build}. App Store Connect's TestFlight page shows the reason; fix it, upload a new build and distribute again."),
                _ => false,
            },
            current => current.BetaReviewState ?? "unknown",
            (waited, state) => new AscTestFlightException($"Build {build} is still {state} after {waited.TotalHours:0.#} hours of beta app review. Nothing is lost: re-run later; the submission is found and not repeated."),
            cancellationToken);
}
