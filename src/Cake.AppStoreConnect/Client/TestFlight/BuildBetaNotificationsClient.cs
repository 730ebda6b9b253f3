using System.Text.Json;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>The <c>buildBetaNotifications</c> resource: telling testers a build is ready.</summary>
public sealed class BuildBetaNotificationsClient
{
    private readonly AscConnection _connection;

    internal BuildBetaNotificationsClient(AscConnection connection) => _connection = connection;

    /// <summary>Notifies the build's testers. Sent once: a lost answer is not retried (a second email is harmless but noisy).</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The notification's id.</returns>
    public async Task<string> CreateAsync(string buildId, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("buildBetaNotifications", null, new Dictionary<string, ResourceIdentifier> { ["build"] = new("builds", buildId) });
        var document = await _connection.SendAsync<JsonApiResource<JsonElement>>(HttpMethod.Post, "/v1/buildBetaNotifications", body, AscRequestKind.Create, cancellationToken);
        return document.Data!.Id;
    }
}
