using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppInfos;

namespace Cake.AppStoreConnect.Emulator.Resources.AppInfoLocalizations;

/// <summary>An app info localization on the wire (schema <c>AppInfoLocalization</c>).</summary>
internal sealed class AppInfoLocalizationDescriptor : ResourceDescriptor<AppInfoLocalizationRecord>
{
    public const string TypeName = "appInfoLocalizations";

    public AppInfoLocalizationDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["locale", "name", "subtitle", "privacyPolicyUrl", "privacyChoicesUrl", "privacyPolicyText"];

    public override IReadOnlyList<Relationship<AppInfoLocalizationRecord>> Relationships { get; } =
    [
        Relationship<AppInfoLocalizationRecord>.One("appInfo", AppInfoDescriptor.TypeName, (l, _) => l.AppInfoId).WithoutRoutes(),
    ];

    protected override void WriteAttributes(AppInfoLocalizationRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["locale"] = record.Locale;
        attributes["name"] = record.Name;
        Write(attributes, "subtitle", record.Subtitle);
        Write(attributes, "privacyPolicyUrl", record.PrivacyPolicyUrl);
        Write(attributes, "privacyChoicesUrl", record.PrivacyChoicesUrl);
        Write(attributes, "privacyPolicyText", record.PrivacyPolicyText);
    }

    private static void Write(JsonObject attributes, string name, string? value)
    {
        if (value is not null)
        {
            attributes[name] = value;
        }
    }
}
