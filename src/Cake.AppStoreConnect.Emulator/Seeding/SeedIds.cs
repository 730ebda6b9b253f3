using System.Security.Cryptography;
using System.Text;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>Ids of seeded records that the seed file leaves out, made from what names them so every run gives the same.</summary>
internal static class SeedIds
{
    /// <summary>An app id like Apple's (ten digits) made from the bundle id.</summary>
    public static string App(SeedApp app) => app.Id ?? "6" + (Number("app:" + app.BundleId) % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A UUID made from a name (the record's place in the account).</summary>
    public static string Uuid(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    private static ulong Number(string name) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
