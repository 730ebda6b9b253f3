using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>The <c>betaBuildLocalizations</c> resource: "What to Test" per build and locale.</summary>
public sealed class BetaBuildLocalizationsClient
{
    /// <summary>Apple's limit on <c>whatsNew</c>, in characters.</summary>
    public const int MaxWhatsNewLength = 4000;

    private readonly AscConnection _connection;

    internal BetaBuildLocalizationsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists a build's localizations, all pages.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The localizations.</returns>
    public async Task<IReadOnlyList<AscBetaBuildLocalization>> ListAsync(string buildId, CancellationToken cancellationToken = default)
    {
        var list = new List<AscBetaBuildLocalization>();
        await foreach (var resource in _connection.GetAllAsync<BetaBuildLocalizationAttributes>($"/v1/builds/{Uri.EscapeDataString(buildId)}/betaBuildLocalizations", null, cancellationToken))
        {
            list.Add(From(resource));
        }

        return list;
    }

    /// <summary>Creates a localization. Sent once: resolve a lost answer or a 409 with <see cref="IdempotentCreate"/>.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="locale">The locale, such as <c>en-US</c>.</param>
    /// <param name="whatsNew">The notes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public async Task<AscBetaBuildLocalization> CreateAsync(string buildId, string locale, string whatsNew, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("betaBuildLocalizations", new { locale, whatsNew }, new Dictionary<string, ResourceIdentifier> { ["build"] = new("builds", buildId) });
        var document = await _connection.SendAsync<JsonApiResource<BetaBuildLocalizationAttributes>>(HttpMethod.Post, "/v1/betaBuildLocalizations", body, AscRequestKind.Create, cancellationToken);
        return From(document.Data!);
    }

    /// <summary>Replaces a localization's notes.</summary>
    /// <param name="localizationId">The localization.</param>
    /// <param name="whatsNew">The notes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public async Task<AscBetaBuildLocalization> UpdateAsync(string localizationId, string whatsNew, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update("betaBuildLocalizations", localizationId, new { whatsNew });
        var document = await _connection.SendAsync<JsonApiResource<BetaBuildLocalizationAttributes>>(HttpMethod.Patch, $"/v1/betaBuildLocalizations/{Uri.EscapeDataString(localizationId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return From(document.Data!);
    }

    private static AscBetaBuildLocalization From(JsonApiResource<BetaBuildLocalizationAttributes> resource) =>
        new(resource.Id, resource.Attributes?.Locale ?? string.Empty, resource.Attributes?.WhatsNew);
}
