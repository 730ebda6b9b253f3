using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Devices;

/// <summary>
/// <c>/v1/devices</c>: register (UDID syntax per platform, one device per UDID, 100 per product family per
/// membership year counting disabled ones), list, rename and enable/disable. No DELETE, as in Apple's API.
/// </summary>
internal sealed partial class DevicesModule : IResourceModule
{
    /// <summary>Apple: 100 devices per product family per membership year (https://developer.apple.com/news/?id=11022009b).</summary>
    public const int DevicesPerFamily = 100;

    private static readonly DeviceDescriptor Descriptor = new();

    private static readonly QueryRules<DeviceRecord> CollectionRules = new QueryRules<DeviceRecord>(Descriptor).Paged()
        .Filter("name", (d, _) => d.Name)
        .Filter("platform", (d, _) => d.Platform, ["IOS", "MAC_OS", "UNIVERSAL"])
        .Filter("udid", (d, _) => d.Udid)
        .Filter("status", (d, _) => d.Status, DeviceRecord.Statuses)
        .Filter("id", (d, _) => d.Id)
        .Sort("name", (d, _) => d.Name)
        .Sort("platform", (d, _) => d.Platform)
        .Sort("udid", (d, _) => d.Udid)
        .Sort("status", (d, _) => d.Status)
        .Sort("id", (d, _) => d.Id);

    private static readonly QueryRules<DeviceRecord> InstanceRules = new(Descriptor);

    public void Register(EmulatorContext context) => context.AddResource(Descriptor);

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapReads(context, CollectionRules, InstanceRules);
        routes.MapPost("/v1/devices", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/devices/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary>
    /// The UDID forms Apple issues: 40 hex digits (iOS devices before 2018), 8-16 hex digits (iPhone XS and
    /// later, Apple silicon Macs) and a UUID (Intel Macs, hardware UUID). Macs take the last two, other
    /// platforms the first two.
    /// </summary>
    public static bool IsValidUdid(string platform, string udid) => platform == "MAC_OS"
        ? NewUdidPattern().IsMatch(udid) || MacUuidPattern().IsMatch(udid)
        : NewUdidPattern().IsMatch(udid) || LegacyUdidPattern().IsMatch(udid);

    /// <summary>
    /// The product family a device counts against. Apple knows it from the hardware; from a UDID and a name
    /// alone it is a guess: Macs are MAC, other devices are told apart by their name, iPhone otherwise.
    /// </summary>
    public static string DeviceClassOf(string platform, string name) => platform == "MAC_OS" ? "MAC" : name switch
    {
        _ when name.Contains("iPad", StringComparison.OrdinalIgnoreCase) => "IPAD",
        _ when name.Contains("iPod", StringComparison.OrdinalIgnoreCase) => "IPOD",
        _ when name.Contains("Watch", StringComparison.OrdinalIgnoreCase) => "APPLE_WATCH",
        _ when name.Contains("Apple TV", StringComparison.OrdinalIgnoreCase) => "APPLE_TV",
        _ when name.Contains("Vision", StringComparison.OrdinalIgnoreCase) => "APPLE_VISION_PRO",
        _ => "IPHONE",
    };

    private static string FamilyName(string deviceClass) => deviceClass switch
    {
        "IPHONE" => "iPhone",
        "IPAD" => "iPad",
        "IPOD" => "iPod touch",
        "APPLE_WATCH" => "Apple Watch",
        "APPLE_TV" => "Apple TV",
        "APPLE_VISION_PRO" => "Apple Vision Pro",
        _ => "Mac",
    };

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InstanceRules, null, ["name", "platform", "udid"], []);
        var name = entity.RequiredString("name");
        var platform = entity.RequiredEnum("platform", ["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"]);
        var udid = entity.RequiredString("udid").Trim();
        if (platform is "UNIVERSAL" or "SERVICES")
        {
            throw Errors.Conflict(EntityReader.Pointer("platform"), $"A device is registered for IOS or MAC_OS, not {platform}.");
        }

        if (!IsValidUdid(platform, udid))
        {
            throw Errors.Conflict(EntityReader.Pointer("udid"), $"An invalid value '{udid}' was provided for the parameter 'udid'.");
        }

        return Api.Write(http, context, c =>
        {
            var devices = c.Table<DeviceRecord>();
            if (devices.Where(d => string.Equals(d.Udid, udid, StringComparison.OrdinalIgnoreCase)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("udid"), $"A device with number '{udid}' already exists on this team.");
            }

            var deviceClass = DeviceClassOf(platform, name);
            var yearStart = c.Now.AddYears(-1);
            var used = devices.Where(d => d.DeviceClass == deviceClass && d.AddedDate > yearStart).Count();
            if (used >= DevicesPerFamily)
            {
                throw Errors.Forbidden($"Your development team has reached the maximum number of registered {FamilyName(deviceClass)} devices.");
            }

            var device = new DeviceRecord { Id = Ids.NewKeyId(), Name = name, Platform = platform, Udid = udid, DeviceClass = deviceClass, AddedDate = c.Now };
            return Writes.Add(http, c, Descriptor, device, query);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InstanceRules, id, ["name", "status"], []);
        var name = entity.OptionalString("name");
        var status = entity.Has("status") ? entity.RequiredEnum("status", DeviceRecord.Statuses) : null;
        return Writes.Update(http, context, Descriptor, id, query, (device, _) =>
        {
            device.Name = name ?? device.Name;
            device.Status = status ?? device.Status;
        });
    }

    [GeneratedRegex("^[0-9A-Fa-f]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyUdidPattern();

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex NewUdidPattern();

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex MacUuidPattern();
}
