using System.Security.Cryptography;
using System.Text;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>Ids of seeded records that the seed file leaves out, made from what names them so every run gives the same.</summary>
internal static class SeedIds
{
    /// <summary>An app id like Apple's (ten digits) made from the bundle id.</summary>
    public static string App(SeedApp app) => app.Id ?? "6" + (Number("app:" + app.BundleId) % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A build's id: the one the seed gives, else one made from its app, platform, version and build number.</summary>
    public static string Build(string appId, string platform, SeedBuild build) =>
        build.Id ?? Uuid($"build:{appId}:{platform}:{build.Version}:{build.BuildNumber}");

    /// <summary>A version's id: the one the seed gives, else one made from its app, platform and version string.</summary>
    public static string Version(string appId, string platform, SeedVersion version) =>
        version.Id ?? Uuid($"appStoreVersion:{appId}:{platform}:{version.VersionString}");

    /// <summary>A UUID made from a name (the record's place in the account).</summary>
    public static string Uuid(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    private static ulong Number(string name) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
