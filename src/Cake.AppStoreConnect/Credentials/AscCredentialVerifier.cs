using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>
/// Proves a key works with one cheap request and explains a refusal: the likely cause first, then the
/// fix, in the order of Apple's own troubleshooting.
/// </summary>
public sealed class AscCredentialVerifier
{
    private static readonly TimeSpan TolerableSkew = TimeSpan.FromMinutes(2);
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the verifier.</summary>
    /// <param name="client">The client whose key is checked.</param>
    public AscCredentialVerifier(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Checks the key.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Who the key is and what it can see.</returns>
    /// <exception cref="AscCredentialsException">App Store Connect refused the key; the message explains why and what to do.</exception>
    public async Task<AscCredentialCheck> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var connection = _client.Connection;
        var key = connection.Key;
        JsonApiDocument<IReadOnlyList<JsonApiResource<AppAttributes>>> page;
        try
        {
            page = await connection.GetAsync<IReadOnlyList<JsonApiResource<AppAttributes>>>(
                new AscQuery().Fields("apps", "name", "bundleId").Limit(10).AppendTo("/v1/apps"),
                cancellationToken);
        }
        catch (AscAuthenticationException ex)
        {
            throw new AscCredentialsException(ExplainUnauthorized(connection), ex);
        }
        catch (AscForbiddenException ex)
        {
            throw new AscCredentialsException($"App Store Connect accepted {key} but refused to list apps. {ex.Advice ?? AscErrorAdvice.ForbiddenAdvice}", ex);
        }

        var apps = (page.Data ?? []).Select(a => $"{a.Attributes?.Name} ({a.Attributes?.BundleId})").ToList();
        return new AscCredentialCheck(
            key.KeyId,
            key.IssuerId,
            key.IsIndividualKey,
            key.InHouse,
            key.Source,
            connection.BaseAddress,
            page.Meta?.Paging?.Total ?? apps.Count,
            apps,
            connection.LastRateLimit,
            connection.ObservedClockSkew);
    }

    private static string ExplainUnauthorized(AscConnection connection)
    {
        var key = connection.Key;
        var causes = new List<string>();
        if (connection.ObservedClockSkew is { } skew && skew.Duration() > TolerableSkew)
        {
            causes.Add($"this machine's clock is {skew.Duration().TotalMinutes:0.#} minutes {(skew > TimeSpan.Zero ? "behind" : "ahead of")} App Store Connect's: fix the agent's time (NTP), tokens are only valid for 20 minutes");
        }

        causes.Add("the key was revoked: check Users and Access > Integrations and create a new key if it is gone");
        if (key.IsIndividualKey)
        {
            causes.Add("no issuer id is set, so an individual-key token was sent: if this is a team key, set ASC_ISSUER_ID to the Issuer ID shown above the team keys");
        }
        else
        {
            causes.Add($"ASC_ISSUER_ID ({key.IssuerId}) is not the issuer of key {key.KeyId}: copy the Issuer ID shown above the team keys; for an individual key, unset it");
        }

        causes.Add($"the private key from {key.Source} is not the one downloaded for key id {key.KeyId}");
        return $"App Store Connect refused {key} (401 NOT_AUTHORIZED). Likely causes, most likely first:{Environment.NewLine}"
            + string.Join(Environment.NewLine, causes.Select((c, i) => $"  {i + 1}. {c}"));
    }
}
