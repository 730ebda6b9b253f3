using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.Devices;

/// <summary>A device on the wire (schema <c>Device</c>).</summary>
internal sealed class DeviceDescriptor : ResourceDescriptor<DeviceRecord>
{
    public const string TypeName = "devices";

    public DeviceDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["name", "platform", "udid", "deviceClass", "status", "model", "addedDate"];

    public override IReadOnlyList<Relationship<DeviceRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(DeviceRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["name"] = record.Name;
        attributes["platform"] = record.Platform;
        attributes["udid"] = record.Udid;
        attributes["deviceClass"] = record.DeviceClass;
        attributes["status"] = record.Status;
        if (record.Model is { } model)
        {
            attributes["model"] = model;
        }

        attributes["addedDate"] = ApiDates.Format(record.AddedDate);
    }
}
