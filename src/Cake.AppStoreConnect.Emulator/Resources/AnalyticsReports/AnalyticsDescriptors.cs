using System.Globalization;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.AnalyticsReports;

/// <summary>A report request on the wire (schema <c>AnalyticsReportRequest</c>).</summary>
internal sealed class AnalyticsReportRequestDescriptor : ResourceDescriptor<AnalyticsReportRequestRecord>
{
    public const string TypeName = "analyticsReportRequests";

    public AnalyticsReportRequestDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["accessType", "stoppedDueToInactivity"];

    public override IReadOnlyList<Relationship<AnalyticsReportRequestRecord>> Relationships { get; } =
    [
        Relationship<AnalyticsReportRequestRecord>.Many("reports", AnalyticsReportDescriptor.TypeName, (r, c) => c.Table<AnalyticsReportRecord>().Where(x => x.RequestId == r.Id).Select(x => x.Id)),
    ];

    protected override void WriteAttributes(AnalyticsReportRequestRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["accessType"] = record.AccessType;
        attributes["stoppedDueToInactivity"] = record.IsStopped(context.Now, context.Emulator.Options.AnalyticsInactivity);
    }
}

/// <summary>A report on the wire (schema <c>AnalyticsReport</c>).</summary>
internal sealed class AnalyticsReportDescriptor : ResourceDescriptor<AnalyticsReportRecord>
{
    public const string TypeName = "analyticsReports";

    public AnalyticsReportDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["name", "category"];

    public override IReadOnlyList<Relationship<AnalyticsReportRecord>> Relationships { get; } =
    [
        Relationship<AnalyticsReportRecord>.Many("instances", AnalyticsReportInstanceDescriptor.TypeName, (r, c) => c.Table<AnalyticsReportInstanceRecord>().Where(x => x.ReportId == r.Id).Select(x => x.Id)),
    ];

    protected override void WriteAttributes(AnalyticsReportRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["name"] = record.Name;
        attributes["category"] = record.Category;
    }
}

/// <summary>An instance on the wire (schema <c>AnalyticsReportInstance</c>).</summary>
internal sealed class AnalyticsReportInstanceDescriptor : ResourceDescriptor<AnalyticsReportInstanceRecord>
{
    public const string TypeName = "analyticsReportInstances";

    public AnalyticsReportInstanceDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["granularity", "processingDate"];

    public override IReadOnlyList<Relationship<AnalyticsReportInstanceRecord>> Relationships { get; } =
    [
        Relationship<AnalyticsReportInstanceRecord>.Many("segments", AnalyticsReportSegmentDescriptor.TypeName, (r, c) => c.Table<AnalyticsReportSegmentRecord>().Where(x => x.InstanceId == r.Id).Select(x => x.Id)),
    ];

    protected override void WriteAttributes(AnalyticsReportInstanceRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["granularity"] = record.Granularity;
        attributes["processingDate"] = record.ProcessingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

/// <summary>A segment on the wire (schema <c>AnalyticsReportSegment</c>): its size, checksum and pre-signed URL.</summary>
internal sealed class AnalyticsReportSegmentDescriptor : ResourceDescriptor<AnalyticsReportSegmentRecord>
{
    public const string TypeName = "analyticsReportSegments";

    public AnalyticsReportSegmentDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["checksum", "sizeInBytes", "url"];

    public override IReadOnlyList<Relationship<AnalyticsReportSegmentRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(AnalyticsReportSegmentRecord record, JsonObject attributes, ResourceContext context)
    {
        var gzip = AnalyticsSegments.Bytes(record, context);
        attributes["checksum"] = AnalyticsCatalog.Checksum(gzip);
        attributes["sizeInBytes"] = gzip.Length;
        attributes["url"] = context.Url(AnalyticsSegments.Path(record, context.Emulator));
    }
}
