using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>Reads an app's customer reviews and writes them out for other tools.</summary>
public sealed class CustomerReviewService
{
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public CustomerReviewService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Checks the settings before any request.</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">A filter is unusable; the message says which.</exception>
    public static void Validate(AscCustomerReviewSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var rating in settings.Ratings.Where(r => r is < 1 or > 5))
        {
            throw new ArgumentException($"Rating {rating} is not a star rating; use 1 to 5.");
        }

        if (settings.Territories.FirstOrDefault(t => t is null || t.Length != 3 || !t.All(char.IsAsciiLetter)) is { } territory)
        {
            throw new ArgumentException($"Territory '{territory}' is not one of Apple's three-letter territory codes (USA, GBR, DEU, JPN, …).");
        }

        if (settings.Since is { } since && settings.Until is { } until && since > until)
        {
            throw new ArgumentException($"Since ({since:yyyy-MM-dd}) is after Until ({until:yyyy-MM-dd}); no review can match.");
        }

        if (settings.MaxCount is <= 0)
        {
            throw new ArgumentException("MaxCount must be at least 1; leave it unset for all reviews.");
        }

        if (settings.OutputFile is not null && settings.OutputFormat is null)
        {
            ReviewExporter.FormatFor(settings.OutputFile.FullPath);
        }
    }

    /// <summary>Lists an app's reviews and, when asked, writes them to a file.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Filters, order and output.</param>
    /// <param name="outputPath">The absolute output path, when writing.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reviews.</returns>
    public async Task<IReadOnlyList<AscCustomerReview>> GetAsync(string app, AscCustomerReviewSettings settings, string? outputPath, CancellationToken cancellationToken = default)
    {
        Validate(settings);
        var (appId, appName) = await ResolveAppAsync(app, cancellationToken);
        var reviews = await _client.CustomerReviews.ListAsync(
            new AscCustomerReviewFilter
            {
                AppId = appId,
                Ratings = [.. settings.Ratings.Distinct().Order()],
                Territories = [.. settings.Territories.Select(t => t.ToUpperInvariant()).Distinct()],
                HasResponse = settings.HasResponse,
                Since = settings.Since,
                Until = settings.Until,
                Sort = settings.Sort,
                MaxCount = settings.MaxCount,
            },
            cancellationToken);
        _client.Connection.Log.Write(AscLogLevel.Information, $"{appName}: {reviews.Count} review(s) matched, {reviews.Count(r => r.HasResponse)} with a response.");
        if (outputPath is not null)
        {
            var format = settings.OutputFormat ?? ReviewExporter.FormatFor(outputPath);
            await ReviewExporter.WriteAsync(reviews, outputPath, format, cancellationToken);
            _client.Connection.Log.Write(AscLogLevel.Information, $"Wrote {reviews.Count} review(s) as {format} to {outputPath}.");
        }

        return reviews;
    }

    private async Task<(string Id, string Name)> ResolveAppAsync(string app, CancellationToken cancellationToken)
    {
        try
        {
            var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
            return (resolved.Id, resolved.BundleId);
        }
        catch (AscForbiddenException ex)
        {
            // A Customer Support key reads reviews but may not look apps up: an Apple id is used as given.
            var reference = app.Trim();
            if (reference.All(char.IsAsciiDigit))
            {
                _client.Connection.Log.Write(AscLogLevel.Verbose, $"This key may not read app {reference} (403); reading its reviews directly.");
                return (reference, "app " + reference);
            }

            throw new AscForbiddenException(ex.Method, ex.Path, ex.Errors, $"This key may not look apps up (a Customer Support key reads reviews only), so bundle id '{reference}' cannot be resolved. Give the app's Apple id instead (App Information > Apple ID, such as 1234567890).");
        }
    }
}
