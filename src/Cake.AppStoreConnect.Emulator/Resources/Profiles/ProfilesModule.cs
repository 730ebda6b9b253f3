using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BundleIds;
using Cake.AppStoreConnect.Emulator.Resources.Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Devices;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Profiles;

/// <summary>
/// <c>/v1/profiles</c>: create (a signed .mobileprovision; certificate types, platforms and devices checked
/// per profile type; names unique), list, read, delete. No PATCH, as in Apple's API: a profile is replaced, not edited.
/// </summary>
internal sealed class ProfilesModule : IResourceModule
{
    /// <summary>A profile lives a year, or less when a certificate in it expires sooner (Apple, Developer Account Help, "Provisioning profile updates").</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private static readonly ProfileDescriptor Descriptor = new();

    private static readonly QueryRules<ProfileRecord> CollectionRules = new QueryRules<ProfileRecord>(Descriptor).Paged()
        .Filter("name", (p, _) => p.Name)
        .Filter("profileType", (p, _) => p.ProfileType, [.. ProfileKind.All.Keys])
        .Filter("profileState", ProfileDescriptor.StateOf, ["ACTIVE", "INVALID"])
        .Filter("id", (p, _) => p.Id)
        .Sort("name", (p, _) => p.Name)
        .Sort("profileType", (p, _) => p.ProfileType)
        .Sort("profileState", ProfileDescriptor.StateOf)
        .Sort("id", (p, _) => p.Id)
        .Include("bundleId", "devices", "certificates");

    private static readonly QueryRules<ProfileRecord> InstanceRules = new QueryRules<ProfileRecord>(Descriptor).Include("bundleId", "devices", "certificates");

    public void Register(EmulatorContext context) => context.AddResource(Descriptor);

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapReads(context, CollectionRules, InstanceRules);
        routes.MapPost("/v1/profiles", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapDelete(context, Descriptor);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InstanceRules, null, ["name", "profileType"], ["bundleId", "certificates", "devices"]);
        var name = entity.RequiredString("name");
        var kind = ProfileKind.All[entity.RequiredEnum("profileType", [.. ProfileKind.All.Keys])];
        var bundleId = entity.RequiredRelationship("bundleId", BundleIdDescriptor.TypeName);
        var certificateIds = entity.OptionalRelationships("certificates", CertificateDescriptor.TypeName);
        var deviceIds = entity.OptionalRelationships("devices", DeviceDescriptor.TypeName);
        if (certificateIds.Count == 0)
        {
            throw Errors.RelationshipInvalid("/data/relationships/certificates", "A profile needs at least one certificate.");
        }

        return Api.Write(http, context, c =>
        {
            var bundle = Writes.Linked<BundleIdRecord>(c, "bundleId", bundleId, "bundle id");
            if (bundle.Platform != "UNIVERSAL" && bundle.Platform != kind.Platform)
            {
                throw Errors.RelationshipConflict("/data/relationships/bundleId", $"A {kind.Type} profile needs a bundle id for {kind.Platform}; '{bundle.Identifier}' is for {bundle.Platform}.");
            }

            var certificates = Writes.LinkedAll<CertificateRecord>(c, "certificates", certificateIds, "certificate");
            if (certificates.FirstOrDefault(x => !kind.CertificateTypes.Contains(x.CertificateType)) is { } wrong)
            {
                throw Errors.RelationshipConflict("/data/relationships/certificates", $"A {kind.Type} profile takes {string.Join(" or ", kind.CertificateTypes)} certificates; '{wrong.Name}' ({wrong.Id}) is {wrong.CertificateType}.");
            }

            if (certificates.FirstOrDefault(x => x.ExpirationDate <= c.Now) is { } expired)
            {
                throw Errors.RelationshipConflict("/data/relationships/certificates", $"The certificate '{expired.Name}' ({expired.Id}) has expired.");
            }

            var devices = Writes.LinkedAll<DeviceRecord>(c, "devices", deviceIds, "device");
            if (kind.ListsDevices && devices.Count == 0)
            {
                throw Errors.RelationshipConflict("/data/relationships/devices", $"A {kind.Type} profile needs at least one device: register devices and list them in the profile.");
            }

            if (!kind.ListsDevices && devices.Count > 0)
            {
                throw Errors.RelationshipConflict("/data/relationships/devices", $"A {kind.Type} profile cannot list devices.");
            }

            if (devices.FirstOrDefault(d => d.Status != "ENABLED" || d.Platform != kind.DevicePlatform) is { } unusable)
            {
                throw Errors.RelationshipConflict("/data/relationships/devices", $"The device '{unusable.Name}' ({unusable.Udid}) is {unusable.Status} and registered for {unusable.Platform}; a {kind.Type} profile needs enabled {kind.DevicePlatform} devices.");
            }

            if (c.Table<ProfileRecord>().Where(p => string.Equals(p.Name, name, StringComparison.Ordinal)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("name"), $"Multiple profiles found with the name '{name}'. Please remove the duplicate profiles and try again.");
            }

            var expires = certificates.Select(x => x.ExpirationDate).Append(c.Now + Lifetime).Min();
            var uuid = Guid.NewGuid().ToString().ToUpperInvariant();
            var capabilities = c.Table<BundleIdCapabilityRecord>().Where(x => x.BundleIdId == bundle.Id).Select(x => x.CapabilityType).ToList();
            var content = ProfileContent.Create(new ProfileContent.Input(
                name, uuid, kind, bundle.Identifier, bundle.Name, capabilities, [.. certificates.Select(x => Convert.FromBase64String(x.Content))], [.. devices.Select(d => d.Udid)], c.Now, expires));
            var profile = new ProfileRecord
            {
                Id = Ids.NewKeyId(),
                Name = name,
                ProfileType = kind.Type,
                Platform = kind.Platform,
                Uuid = uuid,
                CreatedDate = c.Now,
                ExpirationDate = expires,
                BundleIdId = bundle.Id,
                CertificateIds = [.. certificates.Select(x => x.Id)],
                DeviceIds = [.. devices.Select(d => d.Id)],
                Content = Convert.ToBase64String(content),
            };
            return Writes.Add(http, c, Descriptor, profile, query);
        });
    }
}
