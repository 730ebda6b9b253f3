using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>
/// Creates, replaces and deletes the developer response to a review, which Apple allows once per review.
/// </summary>
/// <remarks>
/// Replacing is delete-then-create. Apple answers a second create with 409 and has no update for
/// responses, so the new one cannot exist before the old one is gone; the order is forced. What is
/// chosen is how each step fails: the current response is read first, so a re-run whose response is
/// already in place changes nothing; the delete is idempotent (a 404 counts as done); the create goes
/// through <see cref="IdempotentCreate"/>, which, when a response is lost or Apple answers 409, reads the
/// review's response and accepts it only when it carries this text, so a retry never makes a second.
/// If the create still fails after the delete, the review is left without a response and the run fails
/// with <see cref="AscReviewReplyException"/>, which says so and carries the deleted text; never silently.
/// Re-running the same reply then simply creates it.
/// </remarks>
public sealed class ReviewReplyService
{
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public ReviewReplyService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Checks a reply before anything is sent.</summary>
    /// <param name="reviewId">The review.</param>
    /// <param name="responseBody">The text.</param>
    /// <exception cref="ArgumentException">The review id or the text is unusable; the message says why.</exception>
    public static void Validate(string reviewId, string responseBody)
    {
        if (string.IsNullOrWhiteSpace(reviewId))
        {
            throw new ArgumentException("Give the id of the review to answer (AscCustomerReview.Id from AscGetCustomerReviews).");
        }

        if (string.IsNullOrWhiteSpace(responseBody))
        {
            throw new ArgumentException("The response text is empty; App Store Connect requires the text of the reply. To remove a reply, use AscDeleteReviewResponse.");
        }

        if (responseBody.Length > CustomerReviewsClient.MaxResponseLength)
        {
            throw new ArgumentException($"The response is {responseBody.Length} characters; App Store Connect accepts at most {CustomerReviewsClient.MaxResponseLength}. Shorten it.");
        }
    }

    /// <summary>Creates the review's response, or replaces a different one.</summary>
    /// <param name="reviewId">The review.</param>
    /// <param name="responseBody">The text.</param>
    /// <param name="settings">Replace or keep an existing response, dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done, with the response's state.</returns>
    public async Task<AscReviewReplyResult> ReplyAsync(string reviewId, string responseBody, AscReplyToReviewSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Validate(reviewId, responseBody);
        var current = await FindCurrentAsync(reviewId, cancellationToken);
        var plan = ChangePlan.For(_client.Connection, settings);
        if (current is not null && current.ResponseBody == responseBody)
        {
            plan.InPlace($"review {reviewId} has this response ({current.State})");
            return Result(new(reviewId, AscReviewReplyOutcome.Unchanged, current, null, settings.DryRun), plan);
        }

        if (current is not null && !settings.ReplaceExisting)
        {
            throw new InvalidOperationException($"Review {reviewId} already has a different response ({current.Id}, {current.State}) and ReplaceExisting is off; nothing was changed. Allow replacing (.SetReplaceExisting()) or delete it first with AscDeleteReviewResponse.");
        }

        var outcome = current is null ? AscReviewReplyOutcome.Created : AscReviewReplyOutcome.Replaced;
        plan.Change(current is null
            ? $"create a response to review {reviewId} ({responseBody.Length} characters)"
            : $"replace response {current.Id} ({current.State}) of review {reviewId}: delete it, then create the new one ({responseBody.Length} characters)");
        if (settings.DryRun)
        {
            return Result(new(reviewId, outcome, current, current, DryRun: true), plan);
        }

        if (current is not null)
        {
            await _client.CustomerReviews.DeleteResponseAsync(current.Id, cancellationToken);
            Log.Write(AscLogLevel.Verbose, $"Deleted response {current.Id} of review {reviewId} to replace it.");
        }

        AscCustomerReviewResponse created;
        try
        {
            (created, _) = await IdempotentCreate.RunAsync(
                $"the response to review {reviewId}",
                async ct => await FindCurrentAsync(reviewId, ct) is { } found && found.ResponseBody == responseBody ? found : null,
                ct => _client.CustomerReviews.CreateResponseAsync(reviewId, responseBody, ct),
                Log,
                cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (current is not null && ex is not OperationCanceledException)
        {
            // Say what the review holds now: nothing (the usual case), or a response someone else wrote meanwhile.
            var now = await TryFindCurrentAsync(reviewId, cancellationToken);
            var holds = now is null ? "The review has no response now." : $"The review now has another response ({now.Id}), not written by this run.";
            Log.Write(AscLogLevel.Warning, $"Replacing the response to review {reviewId} stopped after deleting {current.Id}. {holds} Previous text: {current.ResponseBody}");
            throw new AscReviewReplyException(
                $"Replacing the response to review {reviewId} stopped half-way: the previous response {current.Id} was deleted, but the new one could not be created ({ex.Message}). " +
                $"{holds} Re-run the same AscReplyToReview to finish (it checks first, so nothing is duplicated); the previous text is in PreviousResponseBody and in the log.",
                reviewId,
                current.ResponseBody,
                ex);
        }

        Log.Write(AscLogLevel.Information, $"{(current is null ? "Answered" : "Replaced the response to")} review {reviewId}: response {created.Id} is {created.State}.");
        return Result(new(reviewId, outcome, created, current, DryRun: false), plan);
    }

    /// <summary>Deletes the review's response, if it has one.</summary>
    /// <param name="reviewId">The review.</param>
    /// <param name="settings">Credentials and dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done.</returns>
    public async Task<AscReviewReplyResult> DeleteAsync(string reviewId, AscSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dryRun = settings.DryRun;
        if (string.IsNullOrWhiteSpace(reviewId))
        {
            throw new ArgumentException("Give the id of the review whose response to delete.");
        }

        var current = await FindCurrentAsync(reviewId, cancellationToken);
        var plan = ChangePlan.For(_client.Connection, settings);
        if (current is null)
        {
            plan.InPlace($"review {reviewId} has no response");
            return Result(new(reviewId, AscReviewReplyOutcome.NoResponse, null, null, dryRun), plan);
        }

        await plan.ChangeAsync($"delete response {current.Id} ({current.State}) of review {reviewId}", () => _client.CustomerReviews.DeleteResponseAsync(current.Id, cancellationToken));
        return Result(new(reviewId, AscReviewReplyOutcome.Deleted, dryRun ? current : null, current, dryRun), plan);
    }

    private static AscReviewReplyResult Result(AscReviewReplyResult result, ChangePlan plan) =>
        result with { Changes = [.. plan.Changes], AlreadyInPlace = [.. plan.AlreadyInPlace] };

    private async Task<AscCustomerReviewResponse?> TryFindCurrentAsync(string reviewId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.CustomerReviews.FindResponseAsync(reviewId, cancellationToken);
        }
        catch (Exception ex) when (ex is AscApiException or Client.Http.AscNetworkException)
        {
            return null;
        }
    }

    private async Task<AscCustomerReviewResponse?> FindCurrentAsync(string reviewId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.CustomerReviews.FindResponseAsync(reviewId, cancellationToken);
        }
        catch (AscNotFoundException ex)
        {
            throw new ArgumentException($"Review {reviewId} does not exist, or this key cannot see it. Take the id from AscGetCustomerReviews.", ex);
        }
    }
}
