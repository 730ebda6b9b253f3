using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Signing;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>Lists certificates, profiles and devices; revokes a certificate; deletes (stale) profiles.</summary>
internal sealed class SigningQueryService
{
    private readonly AppStoreConnectClient _client;

    public SigningQueryService(AppStoreConnectClient client) => _client = client;

    public Task<IReadOnlyList<AscCertificate>> GetCertificatesAsync(AscGetCertificatesSettings settings, CancellationToken cancellationToken)
    {
        SigningAccess.RefuseIndividualKey(_client.Connection);
        return _client.Certificates.ListAsync(settings.CertificateTypes, cancellationToken);
    }

    public Task<IReadOnlyList<AscDevice>> GetDevicesAsync(AscGetDevicesSettings settings, CancellationToken cancellationToken)
    {
        SigningAccess.RefuseIndividualKey(_client.Connection);
        return _client.Devices.ListAsync(settings.Platform?.ToUpperInvariant(), cancellationToken);
    }

    public async Task<IReadOnlyList<AscProfile>> GetProfilesAsync(string? bundleIdentifier, string? profileType, CancellationToken cancellationToken)
    {
        SigningAccess.RefuseIndividualKey(_client.Connection);
        var profiles = await _client.Profiles.ListAsync(profileType, cancellationToken: cancellationToken);
        if (bundleIdentifier is null)
        {
            return profiles;
        }

        var bundle = await _client.BundleIds.FindAsync(bundleIdentifier, cancellationToken);
        return bundle is null ? [] : [.. profiles.Where(p => p.BundleIdId == bundle.Id)];
    }

    public async Task<AscChangeResult<AscCertificate>> RevokeCertificateAsync(string certificateId, AscRevokeCertificateSettings settings, CancellationToken cancellationToken)
    {
        SigningAccess.RefuseIndividualKey(_client.Connection);
        var plan = ChangePlan.For(_client.Connection, settings);
        var certificate = (await _client.Certificates.ListAsync(cancellationToken: cancellationToken)).FirstOrDefault(c => c.Id == certificateId);
        if (certificate is null)
        {
            plan.InPlace($"no certificate {AscText.Echo(certificateId)} (already revoked)");
        }
        else if (settings.ExpectedCertificateType is { } expected && !string.Equals(expected, certificate.CertificateType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Certificate {certificate.Id} is {certificate.CertificateType}, not {AscText.Echo(expected)} (ExpectedCertificateType); nothing was revoked.", nameof(settings));
        }
        else
        {
            await plan.ChangeAsync($"revoke {certificate}; profiles made with it become invalid", () => _client.Certificates.RevokeAsync(certificate.Id, cancellationToken));
        }

        plan.Finish($"certificate {AscText.Echo(certificateId)}");
        return plan.Result(certificate);
    }

    public async Task<AscChangeResult<IReadOnlyList<AscProfile>>> DeleteProfilesAsync(string bundleIdentifier, AscDeleteProfilesSettings settings, CancellationToken cancellationToken)
    {
        var plan = ChangePlan.For(_client.Connection, settings);
        var now = DateTimeOffset.UtcNow;
        var deleted = new List<AscProfile>();
        foreach (var profile in await GetProfilesAsync(bundleIdentifier, settings.ProfileType, cancellationToken))
        {
            var stale = profile.State != "ACTIVE" ? "invalid" : profile.IsExpired(now) ? "expired but listed as ACTIVE" : null;
            if (stale is null && !settings.IncludeValid)
            {
                plan.InPlace($"{profile.Name} (valid, kept)");
                continue;
            }

            await plan.ChangeAsync($"delete the profile {profile.Name} (UUID {profile.Uuid}{(stale is null ? string.Empty : ", " + stale)})", () => _client.Profiles.DeleteAsync(profile.Id, cancellationToken));
            deleted.Add(profile);
        }

        plan.Finish($"profiles of {bundleIdentifier}");
        return plan.Result<IReadOnlyList<AscProfile>>(deleted);
    }
}
