using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Access;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>
/// Proves a key works with one cheap request and explains a refusal: the likely cause first, then the
/// fix, in the order of Apple's own troubleshooting.
/// </summary>
public sealed class AscCredentialVerifier
{
    /// <summary>The id asked for to learn whether the key may read reviews: no review has it.</summary>
    internal const string ReviewsProbeId = "00000000-0000-0000-0000-000000000000";

    private static readonly TimeSpan TolerableSkew = TimeSpan.FromMinutes(2);
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the verifier.</summary>
    /// <param name="client">The client whose key is checked.</param>
    public AscCredentialVerifier(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Checks the key, then whether it may do each permission asked for, without changing anything.</summary>
    /// <param name="permissions">The jobs to check; none for the key alone.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Who the key is, what it can see, and the permission table.</returns>
    /// <exception cref="AscCredentialsException">App Store Connect refused the key; the message explains why and what to do.</exception>
    /// <exception cref="AscMissingPermissionsException">A permission asked for is missing; the message is the table.</exception>
    public async Task<AscCredentialCheck> VerifyAsync(IReadOnlyCollection<AscPermission> permissions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var check = await VerifyAsync(cancellationToken);
        if (permissions.Count == 0)
        {
            return check;
        }

        var prober = new AscPermissionProber(_client);
        var found = new List<AscPermissionCheck>();
        foreach (var permission in permissions.Distinct())
        {
            found.Add(await prober.CheckAsync(permission, cancellationToken));
        }

        check = check with { Permissions = found };
        if (check.MissingPermissions.Count > 0)
        {
            var key = _client.Connection.Key;
            var kind = check.KeyKind switch { AscKeyKind.Individual => "an individual key (its user's roles and apps)", AscKeyKind.Enterprise => "an enterprise team key", _ => "a team key" };
            var teamOnly = check.KeyKind == AscKeyKind.Individual && check.MissingPermissions.Any(p => AscRoles.TeamKeyOnly(p.Permission))
                ? " Sales, finance and signing need a team key whatever the user's role."
                : string.Empty;
            throw new AscMissingPermissionsException(
                $"App Store Connect key {key.KeyId} is {kind} and may not do everything this pipeline needs: missing {string.Join(", ", check.MissingPermissions.Select(p => p.Permission))}.{Environment.NewLine}" +
                check.PermissionTable() + Environment.NewLine +
                $"Use a key whose role allows every job above (the roles column), or ask an Admin to give it that role; nothing was changed by this check.{teamOnly}",
                check);
        }

        return check;
    }

    /// <summary>Checks the key.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Who the key is and what it can see.</returns>
    /// <exception cref="AscCredentialsException">App Store Connect refused the key; the message explains why and what to do.</exception>
    public async Task<AscCredentialCheck> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var connection = _client.Connection;
        var key = connection.Key;
        AscAppPage page;
        try
        {
            page = await _client.Apps.GetFirstPageAsync(10, cancellationToken);
        }
        catch (AscAuthenticationException ex)
        {
            throw new AscCredentialsException(ExplainUnauthorized(connection), ex);
        }
        catch (AscForbiddenException ex)
        {
            return await ExplainForbiddenAppsAsync(ex, cancellationToken);
        }

        var apps = page.Apps.Select(a => $"{a.Name} ({a.BundleId})").ToList();
        return new AscCredentialCheck(
            key.KeyId,
            key.IssuerId,
            key.IsIndividualKey,
            key.InHouse,
            key.Source,
            connection.BaseAddress,
            page.Total,
            apps,
            connection.LastRateLimit,
            connection.ObservedClockSkew);
    }

    private async Task<AscCredentialCheck> ExplainForbiddenAppsAsync(AscForbiddenException refusal, CancellationToken cancellationToken)
    {
        var connection = _client.Connection;
        var key = connection.Key;

        // Agreements and other account-wide refusals have their own advice; no probe can tell more.
        if (!refusal.IsRoleRefusal)
        {
            throw new AscCredentialsException($"App Store Connect accepted {key} but refused to list apps. {refusal.Advice}", refusal);
        }

        // A Customer Support key may read reviews but not apps. Asking for a review that cannot exist tells
        // the two apart: a key allowed to read reviews gets 404, one that is not gets 403.
        var canReadReviews = await ProbeCustomerReviewsAsync(cancellationToken);
        var roles =
            "Listing apps needs a role that sees apps: App Manager or Admin for builds, TestFlight and releases (Developer sees builds, Marketing sees metadata; Sales and Finance roles see reports). " +
            "Change the key's role in Users and Access > Integrations, or create a key with the role the pipeline needs.";
        if (canReadReviews != true)
        {
            var reviews = canReadReviews == false ? " It may not read customer reviews either." : string.Empty;
            var individual = key.IsIndividualKey ? " This is an individual key: its rights are its user's roles, so change the user's roles or use a team key." : string.Empty;
            throw new AscCredentialsException($"App Store Connect accepted {key} but refused to list apps (403): the key's role does not allow it.{reviews} {roles}{individual}", refusal);
        }

        var limitation =
            $"This key can read customer reviews only (the Customer Support role): App Store Connect refused to list apps (403) but allows reading and answering reviews. " +
            $"That is enough for AscGetCustomerReviews (give the app's Apple id, not its bundle id, since the key cannot look apps up), AscReplyToReview and AscDeleteReviewResponse. {roles}";
        connection.Log.Write(AscLogLevel.Warning, limitation);
        return new AscCredentialCheck(
            key.KeyId,
            key.IssuerId,
            key.IsIndividualKey,
            key.InHouse,
            key.Source,
            connection.BaseAddress,
            0,
            [],
            connection.LastRateLimit,
            connection.ObservedClockSkew,
            CanListApps: false,
            CanReadCustomerReviews: true,
            Limitation: limitation);
    }

    private async Task<bool?> ProbeCustomerReviewsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.CustomerReviews.FindAsync(ReviewsProbeId, cancellationToken);
            return true;
        }
        catch (AscForbiddenException)
        {
            return false;
        }
        catch (AscApiException)
        {
            return null;
        }
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
