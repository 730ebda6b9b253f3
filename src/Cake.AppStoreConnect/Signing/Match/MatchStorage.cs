using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// One match storage folder opened with one password: finds files where match keeps them and decrypts them,
/// telling a wrong password from a damaged file. GCM and CBC alone cannot: a file the password does not open
/// is damaged when the same password opens other files of the storage, and the password is wrong otherwise.
/// </summary>
internal sealed class MatchStorage
{
    /// <summary>The files match encrypts (<c>match/lib/match/encryption/openssl.rb</c>, <c>iterate</c>).</summary>
    public static readonly string[] StoredExtensions = [".cer", ".p12", ".mobileprovision", ".provisionprofile"];

    private readonly MatchPassword _password;
    private readonly IAscLog _log;

    public MatchStorage(string root, MatchPassword password, IAscLog log)
    {
        Root = Path.GetFullPath(root);
        _password = password;
        _log = log;
    }

    public string Root { get; }

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Reads and decrypts one file of the storage.</summary>
    /// <exception cref="AscMatchPasswordException">The password opens no file of this storage.</exception>
    /// <exception cref="AscMatchStorageException">The file is missing or damaged.</exception>
    public byte[] Open(string path)
    {
        byte[] stored;
        try
        {
            stored = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AscMatchStorageException($"'{path}' cannot be read: {ex.Message}", path, ex);
        }

        try
        {
            var (content, format) = MatchCipher.Decrypt(stored, _password, path);
            _log.Write(AscLogLevel.Verbose, $"Read {Relative(path)} ({Describe(format)}).");
            return content;
        }
        catch (AscMatchPasswordException ex) when (OpensAnotherFile(path) is { } other)
        {
            throw new AscMatchStorageException(
                $"'{path}' is damaged or was encrypted with another password: {_password.Source} opens '{other}' of the same storage but not this file. Restore it from the storage's history (for git: git checkout -- <file>), or remove it and write it again.",
                path,
                ex);
        }
    }

    /// <summary>Every file match encrypts, anywhere in the storage.</summary>
    public IEnumerable<string> StoredFiles() => Directory.Exists(Root)
        ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => StoredExtensions.Contains(Path.GetExtension(f), StringComparer.Ordinal) && !Relative(f).StartsWith(".git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
        : [];

    private static string Describe(MatchFileFormat format) => format switch
    {
        MatchFileFormat.V2 => "match v2, AES-256-GCM",
        MatchFileFormat.V1 => "match v1, OpenSSL AES-256-CBC",
        _ => "unencrypted",
    };

    private string? OpensAnotherFile(string failed)
    {
        foreach (var other in StoredFiles().Where(f => f != Path.GetFullPath(failed)).Take(5))
        {
            try
            {
                if (MatchCipher.Decrypt(File.ReadAllBytes(other), _password, other).Format != MatchFileFormat.Unencrypted)
                {
                    return other;
                }
            }
            catch (AscMatchStorageException)
            {
                // Not opened either: no evidence the password is right.
            }
        }

        return null;
    }
}
