using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.Certificates;

/// <summary>A certificate on the wire (schema <c>Certificate</c>; <c>certificateContent</c> is the DER, base64).</summary>
internal sealed class CertificateDescriptor : ResourceDescriptor<CertificateRecord>
{
    public const string TypeName = "certificates";

    public CertificateDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["name", "certificateType", "displayName", "serialNumber", "platform", "expirationDate", "certificateContent", "activated"];

    // passTypeId: pass type ids are not modelled, so no certificate has one.
    public override IReadOnlyList<Relationship<CertificateRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(CertificateRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["name"] = record.Name;
        attributes["certificateType"] = record.CertificateType;
        attributes["displayName"] = record.DisplayName;
        attributes["serialNumber"] = record.SerialNumber;
        if (record.Platform is { } platform)
        {
            attributes["platform"] = platform;
        }

        attributes["expirationDate"] = ApiDates.Format(record.ExpirationDate);
        attributes["certificateContent"] = record.Content;
        attributes["activated"] = record.Activated;
    }
}
