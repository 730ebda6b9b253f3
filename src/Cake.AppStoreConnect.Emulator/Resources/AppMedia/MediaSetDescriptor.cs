using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>A screenshot or preview set on the wire (schemas <c>AppScreenshotSet</c>, <c>AppPreviewSet</c>).</summary>
internal sealed class MediaSetDescriptor<TSet> : ResourceDescriptor<TSet>
    where TSet : MediaSetRecord
{
    private readonly MediaKind _kind;

    public MediaSetDescriptor(MediaKind kind)
        : base(kind.SetType)
    {
        _kind = kind;
        AttributeNames = [kind.DisplayTypeAttribute];
        Relationships =
        [
            Relationship<TSet>.One("appStoreVersionLocalization", AppStoreVersionLocalizationDescriptor.TypeName, (s, _) => s.LocalizationId).WithoutRoutes(),
            Relationship<TSet>.Many(kind.AssetType, kind.AssetType, (s, _) => s.AssetIds),
        ];
    }

    public override IReadOnlyList<string> AttributeNames { get; }

    public override IReadOnlyList<Relationship<TSet>> Relationships { get; }

    protected override void WriteAttributes(TSet record, JsonObject attributes, ResourceContext context) =>
        attributes[_kind.DisplayTypeAttribute] = record.DisplayType;
}
