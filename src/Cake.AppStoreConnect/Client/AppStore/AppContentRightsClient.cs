using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.AppStore;

/// <summary>An app's content rights declaration (an attribute of <c>apps</c>), which App Review needs answered.</summary>
public sealed class AppContentRightsClient
{
    private readonly AscConnection _connection;

    internal AppContentRightsClient(AscConnection connection) => _connection = connection;

    /// <summary>Reads the app's answer.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A <see cref="AscContentRightsDeclaration"/> value, or <see langword="null"/> when unanswered.</returns>
    public async Task<string?> GetAsync(string appId, CancellationToken cancellationToken = default)
    {
        var resource = await _connection.FindAsync<AppContentRightsAttributes>($"/v1/apps/{Uri.EscapeDataString(appId)}?fields[apps]=contentRightsDeclaration", cancellationToken);
        return resource?.Attributes?.ContentRightsDeclaration;
    }

    /// <summary>Answers the question.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="declaration">A <see cref="AscContentRightsDeclaration"/> value.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when it is set.</returns>
    public Task SetAsync(string appId, string declaration, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Patch, $"/v1/apps/{Uri.EscapeDataString(appId)}", JsonApiRequest.Update("apps", appId, new { contentRightsDeclaration = declaration }), AscRequestKind.Idempotent, cancellationToken);
}
