using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>The <c>betaAppReviewDetails</c> resource: an app's contact and demo account for beta review.</summary>
public sealed class BetaAppReviewDetailsClient
{
    private readonly AscConnection _connection;

    internal BetaAppReviewDetailsClient(AscConnection connection) => _connection = connection;

    /// <summary>Gets an app's beta review details.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The details.</returns>
    public async Task<AscBetaAppReviewDetail> GetForAppAsync(string appId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<BetaAppReviewDetailAttributes>>($"/v1/apps/{Uri.EscapeDataString(appId)}/betaAppReviewDetail", cancellationToken);
        // Apple answers an empty to-one read with data: null, not 404.
        return From(document.Data ?? throw new InvalidOperationException($"App Store Connect has no beta app review details for app {appId}."));
    }

    /// <summary>Updates the given fields; <see langword="null"/> fields of <paramref name="changes"/> are left as they are.</summary>
    /// <param name="changes">The id and the fields to set.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The details.</returns>
    public async Task<AscBetaAppReviewDetail> UpdateAsync(AscBetaAppReviewDetail changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var body = JsonApiRequest.Update("betaAppReviewDetails", changes.Id, new BetaAppReviewDetailAttributes
        {
            ContactFirstName = changes.ContactFirstName,
            ContactLastName = changes.ContactLastName,
            ContactPhone = changes.ContactPhone,
            ContactEmail = changes.ContactEmail,
            DemoAccountName = changes.DemoAccountName,
            DemoAccountPassword = changes.DemoAccountPassword,
            DemoAccountRequired = changes.DemoAccountRequired,
            Notes = changes.Notes,
        });
        var document = await _connection.SendAsync<JsonApiResource<BetaAppReviewDetailAttributes>>(HttpMethod.Patch, $"/v1/betaAppReviewDetails/{Uri.EscapeDataString(changes.Id)}", body, AscRequestKind.Idempotent, cancellationToken);
        return From(document.Data!);
    }

    private static AscBetaAppReviewDetail From(JsonApiResource<BetaAppReviewDetailAttributes> resource) => new()
    {
        Id = resource.Id,
        ContactFirstName = resource.Attributes?.ContactFirstName,
        ContactLastName = resource.Attributes?.ContactLastName,
        ContactPhone = resource.Attributes?.ContactPhone,
        ContactEmail = resource.Attributes?.ContactEmail,
        DemoAccountName = resource.Attributes?.DemoAccountName,
        DemoAccountPassword = resource.Attributes?.DemoAccountPassword,
        DemoAccountRequired = resource.Attributes?.DemoAccountRequired,
        Notes = resource.Attributes?.Notes,
    };
}
