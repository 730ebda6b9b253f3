using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Signing.Match;

/// <summary>A match storage laid out as match lays it out, each file encrypted by the given producer.</summary>
internal sealed class MatchStorageFolder : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public string Root => Path.Combine(_directory.Path, "certificates");

    public string Output => Path.Combine(_directory.Path, "out");

    public string File(string relative) => Path.Combine(Root, relative);

    /// <summary>Adds a certificate, its key and its profile, as match does for this type and bundle id.</summary>
    public MatchStorageFolder Add(SigningMaterial material, Func<byte[], byte[]> encrypt, string certificateId = "A1B2C3D4E5", string certificateFolder = "distribution", string profileFile = "appstore/AppStore_com.example.app.mobileprovision", byte[]? key = null)
    {
        Write($"certs/{certificateFolder}/{certificateId}.cer", encrypt(material.Certificate.RawData));
        Write($"certs/{certificateFolder}/{certificateId}.p12", encrypt(key ?? material.KeyPem));
        Write($"profiles/{profileFile}", encrypt(material.Profile));
        return this;
    }

    public void Write(string relative, byte[] content)
    {
        var path = File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
    }

    /// <summary>Every file under the storage with its bytes, to prove a run changed nothing.</summary>
    public Dictionary<string, byte[]> Snapshot() => Directory.Exists(Root)
        ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Root, f), System.IO.File.ReadAllBytes)
        : [];

    public void Dispose() => _directory.Dispose();
}
