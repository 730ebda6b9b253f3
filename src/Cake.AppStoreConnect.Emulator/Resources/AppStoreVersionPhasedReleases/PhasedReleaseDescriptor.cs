using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionPhasedReleases;

/// <summary>A phased release on the wire (schema <c>AppStoreVersionPhasedRelease</c>).</summary>
internal sealed class PhasedReleaseDescriptor : ResourceDescriptor<PhasedReleaseRecord>
{
    public const string TypeName = "appStoreVersionPhasedReleases";

    /// <summary>A phased release reaches everyone on day 7.</summary>
    public const int Days = 7;

    public PhasedReleaseDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["phasedReleaseState", "startDate", "totalPauseDuration", "currentDayNumber"];

    public override IReadOnlyList<Relationship<PhasedReleaseRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(PhasedReleaseRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["phasedReleaseState"] = AppStoreReview.PhasedStateOf(record, context);
        var pauseDays = AppStoreReview.PauseDays(record, context);
        attributes["totalPauseDuration"] = pauseDays;
        if (AppStoreReview.ReleasedAt(record, context) is { } start)
        {
            attributes["startDate"] = ApiDates.Format(start);
            var day = record.Stage == PhasedReleaseRecord.Complete ? Days : (int)(context.Now - start).TotalDays - pauseDays + 1;
            attributes["currentDayNumber"] = Math.Clamp(day, 1, Days);
        }
    }
}
