using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.Provisioning;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BundleIds;

/// <summary>
/// <c>/v1/bundleIds</c> and <c>/v1/bundleIdCapabilities</c>: identifiers unique in the account,
/// <c>filter[identifier]</c> matching prefixes as Apple's does, capabilities enabled once per bundle id.
/// </summary>
internal sealed partial class BundleIdsModule : IResourceModule
{
    private static readonly BundleIdDescriptor Descriptor = new();
    private static readonly BundleIdCapabilityDescriptor CapabilityDescriptor = new();

    private static readonly QueryRules<BundleIdRecord> CollectionRules = new QueryRules<BundleIdRecord>(Descriptor).Paged()
        .Filter("name", (b, _) => b.Name)
        .Filter("platform", (b, _) => b.Platform, ["IOS", "MAC_OS", "UNIVERSAL"])
        .FilterAny("identifier", (b, _) => Prefixes(b.Identifier))
        .Filter("seedId", (b, _) => b.SeedId)
        .Filter("id", (b, _) => b.Id)
        .Sort("name", (b, _) => b.Name)
        .Sort("platform", (b, _) => b.Platform)
        .Sort("identifier", (b, _) => b.Identifier)
        .Sort("seedId", (b, _) => b.SeedId)
        .Sort("id", (b, _) => b.Id)
        .Include("profiles", "bundleIdCapabilities", "app");

    private static readonly QueryRules<BundleIdRecord> InstanceRules = new QueryRules<BundleIdRecord>(Descriptor).Include("profiles", "bundleIdCapabilities", "app");

    private static readonly QueryRules<BundleIdCapabilityRecord> CapabilityRules = new(CapabilityDescriptor);

    public void Register(EmulatorContext context)
    {
        context.AddResource(Descriptor);
        context.AddResource(CapabilityDescriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapReads(context, CollectionRules, InstanceRules);
        routes.MapPost("/v1/bundleIds", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/bundleIds/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete("/v1/bundleIds/{id}", (HttpContext http, string id) =>
        {
            return Api.Write(http, context, c =>
            {
                var bundle = Writes.Existing(c, Descriptor, id);
                if (c.Table<AppRecord>().Where(a => a.BundleId == bundle.Identifier).Any())
                {
                    throw Errors.Forbidden($"The bundle id '{bundle.Identifier}' is used by an app in App Store Connect and cannot be deleted.");
                }

                foreach (var capability in c.Table<BundleIdCapabilityRecord>().Where(x => x.BundleIdId == id).ToList())
                {
                    c.Table<BundleIdCapabilityRecord>().Remove(capability.Id);
                }

                c.Table<BundleIdRecord>().Remove(id);
                return JsonApiResults.NoContent();
            });
        });

        routes.MapPost("/v1/bundleIdCapabilities", (Delegate)((HttpContext http) => CreateCapabilityAsync(http, context)));
        routes.MapPatch("/v1/bundleIdCapabilities/{id}", (HttpContext http, string id) => UpdateCapabilityAsync(http, context, id));
        routes.MapDelete(context, CapabilityDescriptor);
    }

    /// <summary>Every prefix of an identifier: Apple's <c>filter[identifier]</c> matches bundle ids that start with the value.</summary>
    private static IEnumerable<string> Prefixes(string identifier) => Enumerable.Range(1, identifier.Length).Select(n => identifier[..n]);

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InstanceRules, null, ["name", "platform", "identifier", "seedId"], []);
        var name = entity.RequiredString("name");
        var platform = entity.RequiredEnum("platform", BundleIdRecord.Platforms);
        var identifier = entity.RequiredString("identifier");
        if (!IdentifierPattern().IsMatch(identifier))
        {
            throw Errors.Conflict(EntityReader.Pointer("identifier"), $"'{identifier}' is not a valid bundle id: use only letters, digits, hyphens and periods (reverse-DNS, optionally ending in '.*').");
        }

        var seedId = entity.OptionalString("seedId") ?? ProvisioningAccess.TeamId;
        return Api.Write(http, context, c =>
        {
            if (c.Table<BundleIdRecord>().Where(b => string.Equals(b.Identifier, identifier, StringComparison.OrdinalIgnoreCase)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("identifier"), $"An App ID with Identifier '{identifier}' is not available. Please enter a different string.");
            }

            var bundle = new BundleIdRecord { Id = Ids.NewKeyId(), Name = name, Platform = platform, Identifier = identifier, SeedId = seedId };
            return Writes.Add(http, c, Descriptor, bundle, query);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InstanceRules, id, ["name"], []);
        var name = entity.OptionalString("name");
        return Writes.Update(http, context, Descriptor, id, query, (bundle, _) => bundle.Name = name ?? bundle.Name);
    }

    private static async Task<IResult> CreateCapabilityAsync(HttpContext http, EmulatorContext context)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, CapabilityRules, null, ["capabilityType", "settings"], ["bundleId"]);
        var type = entity.RequiredEnum("capabilityType", BundleIdCapabilityRecord.CapabilityTypes);
        var settings = entity.OptionalArray("settings")?.ToJsonString();
        var bundleId = entity.RequiredRelationship("bundleId", BundleIdDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var bundle = Writes.Linked<BundleIdRecord>(c, "bundleId", bundleId, "bundle id");
            if (c.Table<BundleIdCapabilityRecord>().Where(x => x.BundleIdId == bundle.Id && x.CapabilityType == type).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("capabilityType"), $"The capability '{type}' is already enabled on '{bundle.Identifier}'.");
            }

            var capability = new BundleIdCapabilityRecord { Id = $"{bundle.Id}_{type}", BundleIdId = bundle.Id, CapabilityType = type, SettingsJson = settings };
            return Writes.Add(http, c, CapabilityDescriptor, capability, query);
        });
    }

    private static async Task<IResult> UpdateCapabilityAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, CapabilityRules, id, ["capabilityType", "settings"], []);
        var type = entity.Has("capabilityType") ? entity.RequiredEnum("capabilityType", BundleIdCapabilityRecord.CapabilityTypes) : null;
        var settings = entity.OptionalArray("settings")?.ToJsonString();
        return Writes.Update(http, context, CapabilityDescriptor, id, query, (capability, _) =>
        {
            if (type is not null && type != capability.CapabilityType)
            {
                throw Errors.Conflict(EntityReader.Pointer("capabilityType"), $"A capability's type cannot be changed ('{capability.CapabilityType}' to '{type}'); disable it and enable the other.");
            }

            capability.SettingsJson = settings ?? capability.SettingsJson;
        });
    }

    // Apple: "The bundle ID string must contain only alphanumeric characters (A-Z, a-z, 0-9), hyphens (-), and periods (.)"; a wildcard ends in ".*".
    [GeneratedRegex(@"^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(\.\*)?|\*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
