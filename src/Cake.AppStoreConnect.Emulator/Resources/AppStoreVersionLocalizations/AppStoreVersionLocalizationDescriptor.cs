using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppPreviews;
using Cake.AppStoreConnect.Emulator.Resources.AppScreenshots;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;

/// <summary>An App Store version localization on the wire (schema <c>AppStoreVersionLocalization</c>).</summary>
internal sealed class AppStoreVersionLocalizationDescriptor : ResourceDescriptor<AppStoreVersionLocalizationRecord>
{
    public const string TypeName = "appStoreVersionLocalizations";

    public AppStoreVersionLocalizationDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["description", "locale", "keywords", "marketingUrl", "promotionalText", "supportUrl", "whatsNew"];

    public override IReadOnlyList<Relationship<AppStoreVersionLocalizationRecord>> Relationships { get; } =
    [
        Relationship<AppStoreVersionLocalizationRecord>.One("appStoreVersion", AppStoreVersionDescriptor.TypeName, (l, _) => l.AppStoreVersionId).WithoutRoutes(),
        Relationship<AppStoreVersionLocalizationRecord>.Many("appPreviewSets", AppPreviewsModule.Previews.SetType, (l, c) => c.Table<AppPreviewSetRecord>().Where(s => s.LocalizationId == l.Id).Select(s => s.Id)),
        Relationship<AppStoreVersionLocalizationRecord>.Many("appScreenshotSets", AppScreenshotsModule.Screenshots.SetType, (l, c) => c.Table<AppScreenshotSetRecord>().Where(s => s.LocalizationId == l.Id).Select(s => s.Id)),
    ];

    protected override void WriteAttributes(AppStoreVersionLocalizationRecord record, JsonObject attributes, ResourceContext context)
    {
        Write(attributes, "description", record.Description);
        attributes["locale"] = record.Locale;
        Write(attributes, "keywords", record.Keywords);
        Write(attributes, "marketingUrl", record.MarketingUrl);
        Write(attributes, "promotionalText", record.PromotionalText);
        Write(attributes, "supportUrl", record.SupportUrl);
        Write(attributes, "whatsNew", record.WhatsNew);
    }

    private static void Write(JsonObject attributes, string name, string? value)
    {
        if (value is not null)
        {
            attributes[name] = value;
        }
    }
}
