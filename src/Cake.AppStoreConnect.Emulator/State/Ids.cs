using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>Id formats as Apple uses them: numeric for apps, UUIDs for most other resources.</summary>
internal static class Ids
{
    public static string NewUuid() => Guid.NewGuid().ToString();

    /// <summary>An Apple-style key id: ten upper-case letters and digits.</summary>
    public static string NewKeyId()
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return RandomNumberGenerator.GetString(Alphabet, 10);
    }

    /// <summary>An unguessable URL-safe token for pre-signed upload URLs.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
