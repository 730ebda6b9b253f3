using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Reviews;
using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.AppStoreConnect;

/// <content>Customer reviews and developer responses.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>Reads all of an app's customer reviews, newest first, each with its developer response.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The reviews.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var review in AscGetCustomerReviews("com.example.app"))
    /// {
    ///     Information("{0}★ {1}: {2}", review.Rating, review.Territory, review.Title);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reviews")]
    public static IReadOnlyList<AscCustomerReview> AscGetCustomerReviews(this ICakeContext context, string app) =>
        AscGetCustomerReviews(context, app, (AscCustomerReviewSettings?)null);

    /// <summary>
    /// Reads an app's customer reviews matching a filter (ratings, territories, dates, answered or not),
    /// every page, and writes them as CSV or JSON when an output file is set.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">Filters, order, output file and format.</param>
    /// <returns>The reviews.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var unanswered = AscGetCustomerReviews("com.example.app", new AscCustomerReviewSettings
    /// {
    ///     HasResponse = false,
    ///     Since = DateTimeOffset.UtcNow.AddDays(-7),
    ///     OutputFile = "./artifacts/reviews.csv",
    /// }.WithRatings(1, 2));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reviews")]
    public static IReadOnlyList<AscCustomerReview> AscGetCustomerReviews(this ICakeContext context, string app, AscCustomerReviewSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        settings ??= new AscCustomerReviewSettings();
        CustomerReviewService.Validate(settings);
        var output = settings.OutputFile?.MakeAbsolute(context.Environment).FullPath;
        if (output is not null)
        {
            OutputPaths.CheckFile(output, "OutputFile");
        }

        return AscAliasRunner.Run(context, settings, (client, s, ct) => new CustomerReviewService(client).GetAsync(app, s, output, ct));
    }

    /// <summary>Reads an app's customer reviews, configuring the filter and output with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets filters, order and output.</param>
    /// <returns>The reviews.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var reviews = AscGetCustomerReviews("com.example.app", s => s
    ///     .WithTerritories("USA", "GBR")
    ///     .WithoutResponse()
    ///     .WriteTo("./artifacts/reviews.json"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reviews")]
    public static IReadOnlyList<AscCustomerReview> AscGetCustomerReviews(this ICakeContext context, string app, Action<AscCustomerReviewSettings> configure) =>
        AscGetCustomerReviews(context, app, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Answers a customer review, or replaces the existing answer (Apple allows one per review). Safe to
    /// re-run: the same text already in place changes nothing, and a retry never leaves two responses.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reviewId">The review's id.</param>
    /// <param name="responseBody">The response text (at most 5970 characters).</param>
    /// <returns>What was done and the response's state (<c>PENDING_PUBLISH</c>, then <c>PUBLISHED</c>).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var reply = AscReplyToReview(review.Id, "Thanks! Version 2.1 fixes the crash on launch.");
    /// Information("Response is {0}", reply.State);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reviews")]
    public static AscReviewReplyResult AscReplyToReview(this ICakeContext context, string reviewId, string responseBody) =>
        AscReplyToReview(context, reviewId, responseBody, (AscReplyToReviewSettings?)null);

    /// <summary>Answers a customer review or replaces its answer, with settings (keep an existing answer, dry run).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reviewId">The review's id.</param>
    /// <param name="responseBody">The response text.</param>
    /// <param name="settings">Whether to replace a different response, dry run, credentials.</param>
    /// <returns>What was done and the response's state.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscReplyToReview(review.Id, text, new AscReplyToReviewSettings { DryRun = true });
    /// Information("Would be {0}", plan.Outcome);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reviews")]
    public static AscReviewReplyResult AscReplyToReview(this ICakeContext context, string reviewId, string responseBody, AscReplyToReviewSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ReviewReplyService.Validate(reviewId, responseBody);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new ReviewReplyService(client).ReplyAsync(reviewId, responseBody, s, ct));
    }

    /// <summary>Answers a customer review or replaces its answer, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reviewId">The review's id.</param>
    /// <param name="responseBody">The response text.</param>
    /// <param name="configure">Sets replace/keep, dry run, credentials.</param>
    /// <returns>What was done and the response's state.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscReplyToReview(review.Id, text, s => s.KeepExisting().SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reviews")]
    public static AscReviewReplyResult AscReplyToReview(this ICakeContext context, string reviewId, string responseBody, Action<AscReplyToReviewSettings> configure) =>
        AscReplyToReview(context, reviewId, responseBody, AscAliasRunner.Configure(configure));

    /// <summary>Deletes the developer response to a customer review, if it has one.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reviewId">The review's id.</param>
    /// <returns>What was done: <c>Deleted</c> or <c>NoResponse</c>.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDeleteReviewResponse(review.Id);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    public static AscReviewReplyResult AscDeleteReviewResponse(this ICakeContext context, string reviewId) =>
        AscDeleteReviewResponse(context, reviewId, (AscSettings?)null);

    /// <summary>Deletes the developer response to a customer review, with settings (dry run, credentials).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reviewId">The review's id.</param>
    /// <param name="settings">Dry run and credentials.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDeleteReviewResponse(review.Id, new AscSettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    public static AscReviewReplyResult AscDeleteReviewResponse(this ICakeContext context, string reviewId, AscSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new ReviewReplyService(client).DeleteAsync(reviewId, s, ct));
    }

    /// <summary>Deletes the developer response to a customer review, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reviewId">The review's id.</param>
    /// <param name="configure">Sets dry run and credentials.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Reviews.AscReviewReplyException">The response could not be written or deleted as asked.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDeleteReviewResponse(review.Id, s => s.SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reviews")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reviews")]
    public static AscReviewReplyResult AscDeleteReviewResponse(this ICakeContext context, string reviewId, Action<AscSettings> configure) =>
        AscDeleteReviewResponse(context, reviewId, AscAliasRunner.Configure(configure));
}
