using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// Takes the certificate, key and profile of one type and bundle id out of a match storage and writes them as a
/// build agent installs them: a .p12 under its own password, the .cer and the profile. The certificate is the one
/// the profile names (match keeps one profile per type and bundle id, made with one certificate), so a storage with
/// older certificates still gives a pair that signs.
/// </summary>
internal sealed class MatchSigningFilesReader
{
    private readonly IAscLog _log;

    public MatchSigningFilesReader(IAscLog log) => _log = log;

    /// <exception cref="AscMatchPasswordException">The password does not open the storage.</exception>
    /// <exception cref="AscMatchStorageException">What was asked for is not in the storage, or is damaged or expired.</exception>
    public AscMatchSigningFiles Read(MatchStorage storage, MatchLayout layout, string bundleId, string? certificateId, string p12Password, string outputDirectory, DateTimeOffset now)
    {
        if (!Directory.Exists(storage.Root))
        {
            throw new AscMatchStorageException($"The match storage folder '{storage.Root}' does not exist. Check out the match repository (or download the storage) first, and pass its folder.", storage.Root);
        }

        var profilePath = layout.ProfilePath(storage.Root, bundleId);
        if (!File.Exists(profilePath))
        {
            var folder = Path.GetDirectoryName(profilePath)!;
            var present = Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];
            throw new AscMatchStorageException(
                $"The match storage has no {layout.Type} profile for '{bundleId}' on {layout.Platform}: '{storage.Relative(profilePath)}' is missing. " +
                (present.Count == 0 ? $"'{storage.Relative(folder)}' has no profiles." : $"'{storage.Relative(folder)}' has: {string.Join(", ", present)}.") +
                " Check the type, bundle id and platform, or run match for it once.",
                profilePath);
        }

        var profileContent = storage.Open(profilePath);
        var profile = MatchProfile.Parse(profileContent, profilePath);
        if (profile.ExpirationDate <= now)
        {
            throw new AscMatchStorageException($"The profile '{storage.Relative(profilePath)}' ({profile.Name}) expired on {profile.ExpirationDate:yyyy-MM-dd}. Renew it (match, or AscGetSigningFiles) and store it again.", profilePath);
        }

        var (id, certificate) = PickCertificate(storage, layout, profile, profilePath, certificateId, now);
        var keyPath = layout.KeyPath(storage.Root, id);
        using var identity = SigningIdentity.Open(certificate, layout.CertificatePath(storage.Root, id), storage.Open(keyPath), keyPath, pkcs12Password: null, passwordSource: "a PEM key or a PKCS#12 without a password (what match reads)");

        OutputPaths.CheckFolder(outputDirectory, "OutputDirectory");
        var p12 = Path.Combine(outputDirectory, id + ".p12");
        var cer = Path.Combine(outputDirectory, id + ".cer");
        var profileOut = Path.Combine(outputDirectory, Path.GetFileName(profilePath));
        WritePrivate(p12, identity.ExportPkcs12(p12Password));
        File.WriteAllBytes(cer, identity.Certificate.RawData);
        File.WriteAllBytes(profileOut, profileContent);
        _log.Write(AscLogLevel.Information, $"Took {layout.Type} signing files for {bundleId} from the match storage: certificate {id} ({identity.Certificate.Subject}, expires {identity.Certificate.NotAfter:yyyy-MM-dd}), profile '{profile.Name}' {profile.Uuid} (expires {profile.ExpirationDate:yyyy-MM-dd}); written to {outputDirectory}.");

        return new AscMatchSigningFiles
        {
            P12Path = p12,
            CertificatePath = cer,
            ProfilePath = profileOut,
            CertificateId = id,
            CertificateExpirationDate = new DateTimeOffset(identity.Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            ProfileUuid = profile.Uuid,
            ProfileName = profile.Name,
            TeamId = profile.TeamId,
            ExpirationDate = profile.ExpirationDate,
            BundleId = profile.BundleId,
        };
    }

    // The certificate named in settings (match's certificate_id), else the newest one the profile lists; each needs its key beside it.
    private static (string Id, byte[] Certificate) PickCertificate(MatchStorage storage, MatchLayout layout, MatchProfile profile, string profilePath, string? certificateId, DateTimeOffset now)
    {
        var folder = layout.CertificateDirectory(storage.Root);
        var ids = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cer").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(i => File.Exists(layout.KeyPath(storage.Root, i))).Order(StringComparer.Ordinal).ToList()
            : [];
        if (certificateId is not null)
        {
            if (!ids.Contains(certificateId, StringComparer.Ordinal))
            {
                throw new AscMatchStorageException($"The match storage has no certificate '{certificateId}' with its key in '{storage.Relative(folder)}' (CertificateId). It has: {(ids.Count == 0 ? "none" : string.Join(", ", ids))}.", folder);
            }

            ids = [certificateId];
        }

        if (ids.Count == 0)
        {
            throw new AscMatchStorageException($"The match storage has no certificate with its key (.cer and .p12) in '{storage.Relative(folder)}' for {layout.Type}. Run match once for this type, or write one with AscWriteMatchSigningFiles.", folder);
        }

        var named = ids.Select(i => (Id: i, Der: ToDer(storage.Open(layout.CertificatePath(storage.Root, i)), layout.CertificatePath(storage.Root, i))))
            .Where(c => profile.Names(c.Der))
            .Select(c => (c.Id, c.Der, NotAfter: NotAfterOf(c.Der)))
            .OrderByDescending(c => c.NotAfter)
            .ToList();
        if (named.Count == 0)
        {
            throw new AscMatchStorageException($"The profile '{storage.Relative(profilePath)}' ({profile.Name}) was made with none of the certificates in '{storage.Relative(folder)}' ({string.Join(", ", ids)}), so they could not sign with it. Run match for this type and bundle id to renew the profile.", profilePath);
        }

        var chosen = named[0];
        if (chosen.NotAfter <= now.UtcDateTime)
        {
            throw new AscMatchStorageException($"The certificate '{chosen.Id}' in '{storage.Relative(folder)}' expired on {chosen.NotAfter:yyyy-MM-dd}. Renew it (match with renew_expired_certs, or AscGetSigningFiles) and its profile.", layout.CertificatePath(storage.Root, chosen.Id));
        }

        return (chosen.Id, chosen.Der);
    }

    private static DateTime NotAfterOf(byte[] der)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        return certificate.NotAfter.ToUniversalTime();
    }

    private static byte[] ToDer(byte[] certificate, string path)
    {
        try
        {
            using var loaded = X509CertificateLoader.LoadCertificate(certificate);
            return loaded.RawData;
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new AscMatchStorageException($"'{path}' is not an X.509 certificate (DER or PEM). Download the certificate again from Certificates, Identifiers & Profiles.", path, ex);
        }
    }

    // The .p12 is readable by its owner only: its password protects it, but a shared agent's other users need not try.
    private static void WritePrivate(string path, byte[] content)
    {
        File.WriteAllBytes(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
