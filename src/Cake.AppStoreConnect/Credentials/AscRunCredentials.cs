using Cake.Core.IO;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>
/// A key and address that every alias of this Cake run uses in place of the environment's, until it is
/// withdrawn: how a rehearsal emulator started by the script takes over without setting process
/// environment variables, which child processes would inherit. Values set on an alias's settings still win.
/// </summary>
internal static class AscRunCredentials
{
    private static readonly object Gate = new();
    private static AscRunKey? _current;

    /// <summary>Gets the key in use for the run, if any.</summary>
    public static AscRunKey? Current
    {
        get
        {
            lock (Gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Makes <paramref name="key"/> the run's key.</summary>
    public static void Use(AscRunKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (Gate)
        {
            _current = key;
        }
    }

    /// <summary>Withdraws <paramref name="key"/>, if it is still the run's key (a later one is left alone).</summary>
    public static void Withdraw(AscRunKey key)
    {
        lock (Gate)
        {
            if (ReferenceEquals(_current, key))
            {
                _current = null;
            }
        }
    }
}

/// <summary>The run's key: id, issuer, the .p8 file and the API address it belongs to.</summary>
/// <param name="KeyId">The key id.</param>
/// <param name="IssuerId">The issuer id; none for an individual key.</param>
/// <param name="PrivateKeyFile">The .p8 file.</param>
/// <param name="ApiUrl">The API address.</param>
/// <param name="Source">Where the key comes from, for messages.</param>
internal sealed record AscRunKey(string KeyId, string? IssuerId, FilePath PrivateKeyFile, Uri ApiUrl, string Source);
