using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BundleIds;
using Cake.AppStoreConnect.Emulator.Resources.Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Devices;

namespace Cake.AppStoreConnect.Emulator.Resources.Profiles;

/// <summary>A profile on the wire (schema <c>Profile</c>).</summary>
internal sealed class ProfileDescriptor : ResourceDescriptor<ProfileRecord>
{
    public const string TypeName = "profiles";

    public ProfileDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["name", "platform", "profileType", "profileState", "profileContent", "uuid", "createdDate", "expirationDate"];

    public override IReadOnlyList<Relationship<ProfileRecord>> Relationships { get; } =
    [
        Relationship<ProfileRecord>.One("bundleId", BundleIdDescriptor.TypeName, (p, c) => c.Table<BundleIdRecord>().Find(p.BundleIdId)?.Id),
        Relationship<ProfileRecord>.Many("devices", DeviceDescriptor.TypeName, (p, c) => p.DeviceIds.Where(id => c.Table<DeviceRecord>().Find(id) is not null)),
        Relationship<ProfileRecord>.Many("certificates", CertificateDescriptor.TypeName, (p, c) => p.CertificateIds.Where(id => c.Table<CertificateRecord>().Find(id) is not null)),
    ];

    /// <summary>
    /// INVALID once a certificate in it is revoked, its bundle id deleted or a device in it disabled. An
    /// expired profile stays ACTIVE: Apple keeps listing expired profiles as ACTIVE (Codemagic's
    /// <c>--delete-stale-profiles</c>, research/next-wave.md section 5.2).
    /// </summary>
    public static string StateOf(ProfileRecord profile, ResourceContext context) =>
        context.Table<BundleIdRecord>().Find(profile.BundleIdId) is null
        || profile.CertificateIds.Any(id => context.Table<CertificateRecord>().Find(id) is null)
        || profile.DeviceIds.Any(id => context.Table<DeviceRecord>().Find(id) is not { Status: "ENABLED" })
            ? "INVALID"
            : "ACTIVE";

    protected override void WriteAttributes(ProfileRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["name"] = record.Name;
        attributes["platform"] = record.Platform;
        attributes["profileType"] = record.ProfileType;
        attributes["profileState"] = StateOf(record, context);
        attributes["profileContent"] = record.Content;
        attributes["uuid"] = record.Uuid;
        attributes["createdDate"] = ApiDates.Format(record.CreatedDate);
        attributes["expirationDate"] = ApiDates.Format(record.ExpirationDate);
    }
}
