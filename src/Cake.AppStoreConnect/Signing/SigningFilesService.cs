using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Signing;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>
/// Gets a certificate and a profile for one bundle id and profile type, stateless like Codemagic's
/// <c>fetch-signing-files</c>: a certificate is reused when its public key is the team's signing key, a
/// profile when it holds that certificate (and every enabled device, for development and ad hoc). Only
/// what is missing is created: never more than one certificate per run, and no revocation unless asked.
/// </summary>
internal sealed class SigningFilesService
{
    private readonly AppStoreConnectClient _client;

    public SigningFilesService(AppStoreConnectClient client) => _client = client;

    public async Task<AscSigningFiles> GetAsync(string identifier, AscProfileType type, AscGetSigningFilesSettings settings, SigningKey key, string outputDirectory, CancellationToken cancellationToken)
    {
        SigningAccess.RefuseIndividualKey(_client.Connection);
        var kind = ProfileKind.Of(type);
        var plan = ChangePlan.For(_client.Connection, settings);
        var bundle = await _client.BundleIds.FindAsync(identifier, cancellationToken)
            ?? throw new AscSigningException($"No bundle id '{AscText.Echo(identifier)}' is registered in this team. Register it first with AscEnsureBundleId(\"{AscText.Echo(identifier)}\").");

        var certificate = await FindOrCreateCertificateAsync(kind, key, settings, plan, cancellationToken);
        var profile = await FindOrCreateProfileAsync(bundle, kind, certificate, settings, plan, cancellationToken);

        var baseName = $"{identifier}_{kind.AppleValue}";
        var files = new AscSigningFiles
        {
            BundleId = identifier,
            ProfileType = kind.AppleValue,
            P12Path = Path.Combine(outputDirectory, baseName + ".p12"),
            CertificatePath = Path.Combine(outputDirectory, baseName + ".cer"),
            ProfilePath = Path.Combine(outputDirectory, baseName + kind.Extension),
            CertificateId = certificate?.Id,
            CertificateExpirationDate = certificate?.ExpirationDate,
            ProfileId = profile?.Id,
            ProfileUuid = profile?.Uuid,
            ProfileName = profile?.Name,
            ExpirationDate = profile?.ExpirationDate,
            TeamId = certificate is null ? null : TeamIdOf(certificate),
        };
        if (certificate is not null && profile is not null)
        {
            WriteFiles(files, certificate, profile, key, plan);
        }

        plan.Finish($"signing files for {identifier} ({kind.AppleValue})");
        return files with { DryRun = plan.DryRun, Changes = plan.Changes, AlreadyInPlace = plan.AlreadyInPlace };
    }

    private async Task<AscCertificate?> FindOrCreateCertificateAsync(ProfileKind kind, SigningKey key, AscGetSigningFilesSettings settings, ChangePlan plan, CancellationToken cancellationToken)
    {
        var existing = await _client.Certificates.ListAsync(kind.CertificateTypes, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var current = existing.Where(c => c.ExpirationDate is not { } expiry || expiry > now).ToList();
        if (current.Where(key.Matches).MaxBy(c => c.ExpirationDate) is { } match)
        {
            plan.InPlace($"certificate {match.Name} ({match.Id}) made from the signing key");
            return match;
        }

        var onlyAccountHolder = SigningAccess.OnlyTheAccountHolderCreates(kind.CreateCertificateType);
        if (!settings.CreateIfMissing)
        {
            throw new AscSigningException(
                $"No current {string.Join(" or ", kind.CertificateTypes)} certificate was made from this signing key" +
                (current.Count == 0 ? "." : $"; the team's {current.Count} ({string.Join(", ", current.Select(c => c.Id))}) were made from other keys.") +
                (onlyAccountHolder ? " " + SigningAccess.DeveloperIdAdvice : " Set CreateIfMissing (SetCreateIfMissing()) to create one from this key, or give the signing key of an existing one."));
        }

        var what = $"create a {kind.CreateCertificateType} certificate from the signing key";
        if (plan.DryRun)
        {
            plan.Change(onlyAccountHolder ? $"{what}, which Apple will refuse to an API key. {SigningAccess.DeveloperIdAdvice}" : what);
            return null;
        }

        try
        {
            return await CreateCertificateAsync(kind, key, plan, what, cancellationToken);
        }
        catch (AscForbiddenException e) when (onlyAccountHolder && e.IsRoleRefusal)
        {
            throw new AscSigningException($"Apple refused to create a {kind.CreateCertificateType} certificate for this key. {SigningAccess.DeveloperIdAdvice}", e);
        }
        catch (AscConflictException e)
        {
            // Apple answers its certificate limit with a 409; what the team holds is re-read to explain it.
            var ofType = (await _client.Certificates.ListAsync([kind.CreateCertificateType], cancellationToken)).OrderBy(c => c.ExpirationDate).ToList();
            if (ofType.Count == 0)
            {
                throw;
            }

            if (!settings.RevokeOldest)
            {
                throw new AscSigningException(
                    $"Apple refused another {kind.CreateCertificateType} certificate: the team holds {ofType.Count} ({string.Join(", ", ofType.Select(c => $"{c.Id} expiring {c.ExpirationDate:yyyy-MM-dd}"))}) and Apple limits how many of a type a team may hold. " +
                    $"Revoke one no pipeline uses (AscRevokeCertificate(\"{ofType[0].Id}\")), or set RevokeOldest to let this run revoke the oldest. Revoking invalidates every profile made with it.",
                    e);
            }

            var oldest = ofType[0];
            await plan.ChangeAsync($"revoke the oldest {kind.CreateCertificateType} certificate {oldest.Name} ({oldest.Id}), as RevokeOldest allows", () => _client.Certificates.RevokeAsync(oldest.Id, cancellationToken));
            return await CreateCertificateAsync(kind, key, plan, what, cancellationToken);
        }
    }

    private async Task<AscCertificate> CreateCertificateAsync(ProfileKind kind, SigningKey key, ChangePlan plan, string what, CancellationToken cancellationToken)
    {
        var (certificate, _) = await IdempotentCreate.RunAsync(
            $"a {kind.CreateCertificateType} certificate",
            async ct => (await _client.Certificates.ListAsync([kind.CreateCertificateType], ct)).FirstOrDefault(key.Matches),
            ct => _client.Certificates.CreateAsync(kind.CreateCertificateType, key.CreateSigningRequestPem(), ct),
            _client.Connection.Log,
            cancellationToken: cancellationToken);
        plan.Change($"{what}: {certificate.Id}");
        return certificate;
    }

    private async Task<AscProfile?> FindOrCreateProfileAsync(AscBundleId bundle, ProfileKind kind, AscCertificate? certificate, AscGetSigningFilesSettings settings, ChangePlan plan, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var devices = kind.ListsDevices
            ? (await _client.Devices.ListAsync(kind.DevicePlatform, cancellationToken)).Where(d => d.IsEnabled).ToList()
            : [];
        if (kind.ListsDevices && devices.Count == 0)
        {
            throw new AscSigningException($"A {kind.AppleValue} profile needs devices, and the team has no enabled {kind.DevicePlatform} device. Register them first with AscRegisterDevices.");
        }

        var profiles = (await _client.Profiles.ListAsync(kind.AppleValue, cancellationToken: cancellationToken)).Where(p => p.BundleIdId == bundle.Id).ToList();
        if (certificate is not null)
        {
            foreach (var candidate in profiles.Where(p => p.State == "ACTIVE" && !p.IsExpired(now)))
            {
                if (await HoldsAsync(candidate, certificate, devices, cancellationToken))
                {
                    plan.InPlace($"profile {candidate.Name} (UUID {candidate.Uuid}) with that certificate{(kind.ListsDevices ? $" and all {devices.Count} enabled devices" : string.Empty)}");
                    return candidate;
                }
            }
        }

        var name = settings.ProfileName ?? $"Cake {kind.AppleValue} {bundle.Identifier}";
        if (!settings.CreateIfMissing)
        {
            throw new AscSigningException(
                $"No valid {kind.AppleValue} profile of '{bundle.Identifier}' holds the certificate{(kind.ListsDevices ? " and every enabled device" : string.Empty)}. Set CreateIfMissing (SetCreateIfMissing()) to create or replace '{AscText.Echo(name)}'.");
        }

        // Apple cannot edit a profile and names are unique: an outdated one of this name is replaced.
        foreach (var outdated in profiles.Where(p => p.Name == name))
        {
            await plan.ChangeAsync($"delete the outdated profile {outdated.Name} (UUID {outdated.Uuid}) to replace it", () => _client.Profiles.DeleteAsync(outdated.Id, cancellationToken));
        }

        var what = $"create the {kind.AppleValue} profile '{name}' for {bundle.Identifier}{(kind.ListsDevices ? $" with {devices.Count} devices" : string.Empty)}";
        if (plan.DryRun || certificate is null)
        {
            plan.Change(what);
            return null;
        }

        var (profile, _) = await IdempotentCreate.RunAsync(
            $"the profile '{name}'",
            async ct => (await _client.Profiles.ListAsync(kind.AppleValue, name, ct)).FirstOrDefault(p => p.BundleIdId == bundle.Id),
            ct => _client.Profiles.CreateAsync(name, kind.AppleValue, bundle.Id, [certificate.Id], [.. devices.Select(d => d.Id)], ct),
            _client.Connection.Log,
            cancellationToken: cancellationToken);
        plan.Change($"{what}: UUID {profile.Uuid}");
        return profile;
    }

    private async Task<bool> HoldsAsync(AscProfile profile, AscCertificate certificate, List<AscDevice> devices, CancellationToken cancellationToken)
    {
        if (!(await _client.Profiles.GetCertificateIdsAsync(profile.Id, cancellationToken)).Contains(certificate.Id))
        {
            return false;
        }

        if (devices.Count == 0)
        {
            return true;
        }

        var held = (await _client.Profiles.GetDeviceIdsAsync(profile.Id, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return devices.All(d => held.Contains(d.Id));
    }

    private static void WriteFiles(AscSigningFiles files, AscCertificate certificate, AscProfile profile, SigningKey key, ChangePlan plan)
    {
        WriteIfChanged(files.CertificatePath, certificate.Content, plan);
        WriteIfChanged(files.ProfilePath, profile.Content, plan);
        if (key.P12Holds(files.P12Path, certificate))
        {
            plan.InPlace($"{Path.GetFileName(files.P12Path)} with that certificate and key");
            return;
        }

        plan.Change($"write {Path.GetFileName(files.P12Path)}");
        if (!plan.DryRun)
        {
            File.WriteAllBytes(files.P12Path, key.ExportP12(certificate));
        }
    }

    private static void WriteIfChanged(string path, byte[] content, ChangePlan plan)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            plan.InPlace(Path.GetFileName(path));
            return;
        }

        plan.Change($"write {Path.GetFileName(path)}");
        if (!plan.DryRun)
        {
            File.WriteAllBytes(path, content);
        }
    }

    /// <summary>The team id: Apple puts it in the certificate subject's OU.</summary>
    private static string? TeamIdOf(AscCertificate certificate)
    {
        using var x509 = X509CertificateLoader.LoadCertificate(certificate.Content);
        return x509.SubjectName.EnumerateRelativeDistinguishedNames()
            .FirstOrDefault(n => n.GetSingleElementType().Value == "2.5.4.11")?.GetSingleElementValue();
    }
}

/// <summary>What Apple lets a key do with provisioning: individual keys nothing (refused before any request), and no key Developer ID certificates.</summary>
internal static class SigningAccess
{
    /// <summary>What to do when a Developer ID certificate is missing: Apple lets only a person, the Account Holder, create one.</summary>
    public const string DeveloperIdAdvice =
        "Apple lets only the Account Holder create Developer ID certificates, and an API key never acts as the Account Holder. " +
        "Have the Account Holder create the Developer ID Application certificate once, in the developer portal (Certificates, Identifiers & Profiles) or in Xcode (Settings > Accounts > Manage Certificates), " +
        "export its private key as PEM (from the exported .p12: openssl pkcs12 -in DeveloperID.p12 -nocerts -nodes) into ASC_SIGNING_KEY (or a file named by ASC_SIGNING_KEY_PATH); " +
        "after that AscGetSigningFiles finds that certificate by its key and reuses it.";

    /// <summary>
    /// Tells whether only the Account Holder may create certificates of this type: Developer ID ones (Apple, Developer Account
    /// Help, "Developer ID certificates": "Required role: Account Holder"; Apple answers an Admin key 403, fastlane#27149).
    /// </summary>
    public static bool OnlyTheAccountHolderCreates(string certificateType) => certificateType.StartsWith("DEVELOPER_ID_", StringComparison.Ordinal);

    public static void RefuseIndividualKey(AscConnection connection)
    {
        if (connection.Key.IsIndividualKey)
        {
            throw new AscSigningException("Individual API keys cannot use Apple's provisioning resources (bundle ids, devices, certificates, profiles). Use a team key (ASC_ISSUER_ID set) with the Admin or App Manager role and access to Certificates, Identifiers & Profiles.");
        }
    }
}
