using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Security;
using System.Text;

namespace Cake.AppStoreConnect.Tests.Signing.Match;

/// <summary>A certificate, its key and a CMS-signed profile naming it, made in code; and match storages holding them.</summary>
internal sealed class SigningMaterial : IDisposable
{
    private SigningMaterial(RSA key, X509Certificate2 certificate, byte[] profile, string uuid)
    {
        Key = key;
        Certificate = certificate;
        Profile = profile;
        ProfileUuid = uuid;
    }

    public RSA Key { get; }

    public X509Certificate2 Certificate { get; }

    public byte[] Profile { get; }

    public string ProfileUuid { get; }

    /// <summary>The key as fastlane cert writes it into match's .p12: PEM PKCS#1.</summary>
    public byte[] KeyPem => Encoding.ASCII.GetBytes(Key.ExportRSAPrivateKeyPem() + "\n");

    public static SigningMaterial Create(
        string bundleId = "com.example.app",
        string teamId = "TEAM123456",
        bool mac = false,
        DateTimeOffset? certificateExpires = null,
        DateTimeOffset? profileExpires = null,
        X509Certificate2? alsoNamed = null)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Apple Distribution: Example ({teamId}), OU={teamId}, O=Example, C=US", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), certificateExpires ?? DateTimeOffset.UtcNow.AddYears(1));
        var uuid = Guid.NewGuid().ToString();
        var named = alsoNamed is null ? [certificate.RawData] : new[] { alsoNamed.RawData, certificate.RawData };
        var plist = ProfilePlist(uuid, $"match AppStore {bundleId}", teamId, bundleId, profileExpires ?? DateTimeOffset.UtcNow.AddMonths(6), mac, named);
        var cms = new SignedCms(new ContentInfo(Encoding.UTF8.GetBytes(plist)), detached: false);
        cms.ComputeSignature(new CmsSigner(certificate) { IncludeOption = X509IncludeOption.EndCertOnly });
        return new SigningMaterial(key, certificate, cms.Encode(), uuid);
    }

    /// <summary>A PKCS#12 of the certificate and key (the self-signed certificate carries it), as a keychain exports it.</summary>
    public byte[] Pkcs12(string password) => Certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pkcs12TripleDesSha1, password);

    public void Dispose()
    {
        Certificate.Dispose();
        Key.Dispose();
    }

    private static string ProfilePlist(string uuid, string name, string teamId, string bundleId, DateTimeOffset expires, bool mac, IEnumerable<byte[]> certificates) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
            <key>AppIDName</key><string>Example</string>
            <key>ApplicationIdentifierPrefix</key><array><string>{teamId}</string></array>
            <key>CreationDate</key><date>{DateTimeOffset.UtcNow.AddDays(-1):yyyy-MM-ddTHH:mm:ssZ}</date>
            <key>Platform</key><array><string>{(mac ? "OSX" : "iOS")}</string></array>
            <key>DeveloperCertificates</key><array>{string.Concat(certificates.Select(c => $"<data>{Convert.ToBase64String(c)}</data>"))}</array>
            <key>Entitlements</key>
            <dict>
                <key>application-identifier</key><string>{teamId}.{SecurityElement.Escape(bundleId)}</string>
                <key>com.apple.developer.team-identifier</key><string>{teamId}</string>
                <key>get-task-allow</key><false/>
            </dict>
            <key>ExpirationDate</key><date>{expires.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</date>
            <key>Name</key><string>{SecurityElement.Escape(name)}</string>
            <key>TeamIdentifier</key><array><string>{teamId}</string></array>
            <key>TeamName</key><string>Example</string>
            <key>TimeToLive</key><integer>180</integer>
            <key>UUID</key><string>{uuid}</string>
            <key>Version</key><integer>1</integer>
        </dict>
        </plist>
        """;
}

/// <summary>
/// Producers of match files that share no code with the add-in: the <c>openssl</c> command (v1, exactly as match's
/// <c>Salted__</c> files, <c>openssl enc -aes-256-cbc -md md5|sha256</c>) and Node's OpenSSL binding (v2: the same calls
/// match makes through Ruby's OpenSSL). Tests using them are ignored where the tool is absent.
/// </summary>
internal static class IndependentProducer
{
    private const string NodeV2 = """
        const c = require('crypto'); const fs = require('fs');
        const [mode, password, input, output] = process.argv.slice(1);
        const data = fs.readFileSync(input);
        const derive = salt => c.pbkdf2Sync(Buffer.from(password, 'utf8'), salt, 10000, 68, 'sha256');
        if (mode === 'encrypt') {
          const salt = c.randomBytes(8); const k = derive(salt);
          const cipher = c.createCipheriv('aes-256-gcm', k.subarray(0, 32), k.subarray(32, 44)); cipher.setAAD(k.subarray(44));
          const body = Buffer.concat([cipher.update(data), cipher.final()]);
          fs.writeFileSync(output, Buffer.concat([Buffer.from('match_encrypted_v2__'), salt, cipher.getAuthTag(), body]).toString('base64'));
        } else {
          const raw = Buffer.from(data.toString('ascii'), 'base64');
          if (raw.subarray(0, 20).toString() !== 'match_encrypted_v2__') { throw new Error('not v2'); }
          const salt = raw.subarray(20, 28); const k = derive(salt);
          const decipher = c.createDecipheriv('aes-256-gcm', k.subarray(0, 32), k.subarray(32, 44));
          decipher.setAAD(k.subarray(44)); decipher.setAuthTag(raw.subarray(28, 44));
          fs.writeFileSync(output, Buffer.concat([decipher.update(raw.subarray(44)), decipher.final()]));
        }
        """;

    public static bool HasOpenSsl => Which("openssl") is not null;

    public static bool HasNode => Which("node") is not null;

    /// <summary>match v1 as the openssl command writes it: base64 of <c>Salted__</c>, salt and AES-256-CBC.</summary>
    public static byte[] OpenSslV1(byte[] plain, string password, string digest)
    {
        RequireTool("openssl");
        var folder = Directory.CreateTempSubdirectory("asc-match-v1-");
        try
        {
            var input = Path.Combine(folder.FullName, "in");
            var output = Path.Combine(folder.FullName, "out");
            File.WriteAllBytes(input, plain);
            Run("openssl", ["enc", "-aes-256-cbc", "-md", digest, "-salt", "-a", "-k", password, "-in", input, "-out", output]);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static byte[] NodeV2Encrypt(byte[] plain, string password) => Node("encrypt", plain, password);

    public static byte[] NodeV2Decrypt(byte[] stored, string password) => Node("decrypt", stored, password);

    private static byte[] Node(string mode, byte[] data, string password)
    {
        RequireTool("node");
        var folder = Directory.CreateTempSubdirectory("asc-match-v2-");
        try
        {
            var input = Path.Combine(folder.FullName, "in");
            var output = Path.Combine(folder.FullName, "out");
            File.WriteAllBytes(input, data);
            Run("node", ["-e", NodeV2, mode, password, input, output]);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void RequireTool(string tool)
    {
        if (Which(tool) is null)
        {
            Assert.Ignore($"'{tool}' is not on this machine's PATH; the independent {tool} producer is skipped.");
        }
    }

    private static void Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(60_000), Is.True, $"{tool} did not finish within a minute");
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {error.Result}");
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool))
            .FirstOrDefault(File.Exists);
}
