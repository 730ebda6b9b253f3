using System.Text;
using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// Puts a certificate, its key and a profile into a match storage where match looks for them, encrypted as match
/// v2, so match (and <see cref="MatchSigningFilesReader"/>) read them. Everything is read and checked first: the
/// inputs, and that the password opens every file already in the storage (a second password would split the
/// storage). A file whose content is already there is left alone, so a second run writes nothing.
/// </summary>
internal sealed partial class MatchSigningFilesWriter
{
    /// <summary>
    /// What <c>match_version.txt</c> holds when this writes it first: match writes the fastlane version that
    /// wrote the storage; 2.220.0 is the first fastlane that reads v2 files (fastlane PR #21790).
    /// </summary>
    public const string FirstVersionReadingV2 = "2.220.0";

    private readonly IAscLog _log;

    public MatchSigningFilesWriter(IAscLog log) => _log = log;

    /// <exception cref="AscMatchPasswordException">The password does not open the files already in the storage.</exception>
    /// <exception cref="AscMatchStorageException">An input or a stored file is unusable; nothing was written.</exception>
    public AscChangeResult<AscMatchStorageFiles> Write(MatchStorage storage, MatchLayout layout, MatchInputs inputs, MatchPassword password, bool dryRun)
    {
        var certificate = Read(inputs.CertificatePath, "certificate");
        var key = Read(inputs.KeyPath, "key");
        var profileContent = Read(inputs.ProfilePath, "profile");
        using var identity = SigningIdentity.Open(certificate, inputs.CertificatePath, key, inputs.KeyPath, inputs.P12Password, inputs.P12PasswordSource);
        var profile = MatchProfile.Parse(profileContent, inputs.ProfilePath);
        if (!profile.Names(identity.Certificate.RawData))
        {
            throw new AscMatchStorageException($"The profile '{inputs.ProfilePath}' ({profile.Name}) was not made with the certificate '{inputs.CertificatePath}' ({identity.Certificate.Subject}), so they could not sign together. Store the profile made with this certificate.", inputs.ProfilePath);
        }

        if (profile.IsMac != (layout.ProfileExtension == ".provisionprofile"))
        {
            throw new AscMatchStorageException($"The profile '{inputs.ProfilePath}' is for {(profile.IsMac ? "macOS" : "iOS or tvOS")}, but Platform is '{layout.Platform}'. Set Platform to {(profile.IsMac ? "macos or catalyst" : "ios or tvos")}.", inputs.ProfilePath);
        }

        var id = inputs.CertificateId ?? Path.GetFileNameWithoutExtension(inputs.CertificatePath);
        if (!CertificateIdPattern().IsMatch(id))
        {
            throw new ArgumentException($"'{id}' cannot be a certificate id in a match storage (CertificateId, or the .cer's file name): use Apple's certificate id, letters and digits such as 'A1B2C3D4E5'.", nameof(inputs));
        }

        // The password must open what is there before anything is added under it.
        foreach (var stored in storage.StoredFiles())
        {
            storage.Open(stored);
        }

        var target = new AscMatchStorageFiles
        {
            CertificatePath = layout.CertificatePath(storage.Root, id),
            KeyPath = layout.KeyPath(storage.Root, id),
            ProfilePath = layout.ProfilePath(storage.Root, profile.BundleId),
            ProfileUuid = profile.Uuid,
        };
        var plan = new ChangePlan(_log, dryRun);
        var writes = new List<(string Path, byte[] Content)>();
        Plan(storage, plan, writes, target.CertificatePath, identity.Certificate.RawData, existing => existing.AsSpan().SequenceEqual(identity.Certificate.RawData) || SameCertificate(existing, identity));
        Plan(storage, plan, writes, target.KeyPath, identity.MatchKeyText(), existing => SameKey(existing, identity, certificate, target));
        Plan(storage, plan, writes, target.ProfilePath, profileContent, existing => existing.AsSpan().SequenceEqual(profileContent));
        var version = Path.Combine(storage.Root, MatchLayout.VersionFile);
        if (writes.Count > 0 && !File.Exists(version))
        {
            plan.Change($"add {MatchLayout.VersionFile} ({FirstVersionReadingV2}, unencrypted)");
        }

        if (!dryRun && writes.Count > 0)
        {
            OutputPaths.CheckFolder(storage.Root, "the match storage folder");
            foreach (var (path, content) in writes)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, MatchCipher.EncryptV2(content, password));
            }

            if (!File.Exists(version))
            {
                File.WriteAllText(version, FirstVersionReadingV2, Encoding.ASCII);
            }
        }

        plan.Finish($"match storage {storage.Root} ({layout.Type}, {profile.BundleId})");
        return plan.Result(target);
    }

    private static void Plan(MatchStorage storage, ChangePlan plan, List<(string Path, byte[] Content)> writes, string path, byte[] content, Func<byte[], bool> same)
    {
        var relative = storage.Relative(path);
        if (!File.Exists(path))
        {
            plan.Change($"add {relative} (match v2)");
        }
        else if (same(storage.Open(path)))
        {
            plan.InPlace(relative);
            return;
        }
        else
        {
            plan.Change($"replace {relative} (match v2)");
        }

        writes.Add((path, content));
    }

    private static bool SameCertificate(byte[] existing, SigningIdentity identity)
    {
        try
        {
            using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(existing);
            return certificate.RawData.AsSpan().SequenceEqual(identity.Certificate.RawData);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    // A key stored another way (a PKCS#12 from match import) is the same when it is this certificate's key.
    private static bool SameKey(byte[] existing, SigningIdentity identity, byte[] certificate, AscMatchStorageFiles target)
    {
        if (existing.AsSpan().SequenceEqual(identity.MatchKeyText()))
        {
            return true;
        }

        try
        {
            using var stored = SigningIdentity.Open(certificate, target.CertificatePath, existing, target.KeyPath, pkcs12Password: null, passwordSource: "none");
            return true;
        }
        catch (AscMatchStorageException)
        {
            return false;
        }
    }

    private static byte[] Read(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AscMatchStorageException($"The {what} '{path}' cannot be read: {ex.Message}", path, ex);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CertificateIdPattern();
}

/// <summary>What <see cref="MatchSigningFilesWriter"/> stores: full paths, the certificate id and the .p12 password.</summary>
internal sealed record MatchInputs(string CertificatePath, string KeyPath, string ProfilePath, string? CertificateId, string? P12Password, string P12PasswordSource)
{
    /// <summary>Names the files only: a record's generated text would include the .p12 password.</summary>
    public override string ToString() => $"{CertificatePath}, {KeyPath}, {ProfilePath}";
}
