using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>
/// Keeps one analytics report request of an access type in place for an app: reuses the active one,
/// makes a new one when there is none or the last was stopped for inactivity, and answers a 409 or a
/// lost answer by reading (the approach of PostHog's importer).
/// </summary>
public sealed class AnalyticsRequestService
{
    /// <summary>What a new request means for the data.</summary>
    public const string FirstDataNote = "Apple makes the first reports one to two days after a new request; until then there is nothing to download.";

    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public AnalyticsRequestService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Checks the settings before any request.</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">The access type is not Apple's.</exception>
    public static void Validate(AscAnalyticsRequestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.AccessType is not (AscAnalyticsAccessTypes.Ongoing or AscAnalyticsAccessTypes.OneTimeSnapshot))
        {
            throw new ArgumentException($"AccessType '{settings.AccessType}' is not one of ONGOING, ONE_TIME_SNAPSHOT; use .Ongoing() or .Snapshot().");
        }
    }

    /// <summary>Makes sure the app has an active request of the access type.</summary>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The access type and dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The request (none in a dry run that would create one).</returns>
    public async Task<AscChangeResult<AscAnalyticsReportRequest>> EnsureAsync(string app, AscAnalyticsRequestSettings settings, CancellationToken cancellationToken = default)
    {
        Validate(settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var plan = ChangePlan.For(_client.Connection, settings);
        var what = $"{settings.AccessType} analytics report request of {resolved.Name}";
        var existing = await _client.Analytics.ListRequestsAsync(resolved.Id, settings.AccessType, cancellationToken);
        if (existing.FirstOrDefault(r => !r.StoppedDueToInactivity) is { } active)
        {
            plan.InPlace($"{what} ({active.Id}) is active");
            plan.Finish(what);
            return plan.Result(active);
        }

        if (existing.FirstOrDefault(r => r.StoppedDueToInactivity) is { } stopped)
        {
            _client.Connection.Log.Write(AscLogLevel.Information, $"The {what} {stopped.Id} was stopped for inactivity (nobody downloaded its data for a long time); Apple needs a new request.");
        }

        AscAnalyticsReportRequest? made = null;
        await plan.ChangeAsync($"request {what}. {FirstDataNote}", async () =>
        {
            (made, _) = await IdempotentCreate.RunAsync(
                what,
                async ct => (await _client.Analytics.ListRequestsAsync(resolved.Id, settings.AccessType, ct)).FirstOrDefault(r => !r.StoppedDueToInactivity),
                ct => _client.Analytics.CreateRequestAsync(resolved.Id, settings.AccessType, ct),
                _client.Connection.Log,
                cancellationToken: cancellationToken);
        });
        plan.Finish(what);
        return plan.Result(made);
    }
}
