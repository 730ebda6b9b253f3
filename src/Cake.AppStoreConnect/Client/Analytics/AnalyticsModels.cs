using System.Globalization;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Analytics;

/// <summary>Apple's <c>accessType</c> values of an analytics report request.</summary>
public static class AscAnalyticsAccessTypes
{
    /// <summary>Reports made daily for every granularity, as long as someone downloads them.</summary>
    public const string Ongoing = "ONGOING";

    /// <summary>One report going back as far as data exists; no new data after the day of the request.</summary>
    public const string OneTimeSnapshot = "ONE_TIME_SNAPSHOT";
}

/// <summary>Apple's report categories (<c>filter[category]</c>).</summary>
public static class AscAnalyticsCategories
{
    /// <summary>Sessions, installations, crashes.</summary>
    public const string AppUsage = "APP_USAGE";

    /// <summary>Impressions and product page views.</summary>
    public const string AppStoreEngagement = "APP_STORE_ENGAGEMENT";

    /// <summary>Downloads and purchases.</summary>
    public const string Commerce = "COMMERCE";

    /// <summary>Use of Apple frameworks by the app.</summary>
    public const string FrameworkUsage = "FRAMEWORK_USAGE";

    /// <summary>Performance figures.</summary>
    public const string Performance = "PERFORMANCE";

    /// <summary>Gets every category.</summary>
    public static IReadOnlyList<string> All { get; } = [AppUsage, AppStoreEngagement, Commerce, FrameworkUsage, Performance];
}

/// <summary>Apple's instance granularities (<c>filter[granularity]</c>).</summary>
public static class AscAnalyticsGranularities
{
    /// <summary>One instance per day.</summary>
    public const string Daily = "DAILY";

    /// <summary>One instance per week.</summary>
    public const string Weekly = "WEEKLY";

    /// <summary>One instance per month.</summary>
    public const string Monthly = "MONTHLY";

    /// <summary>Gets every granularity.</summary>
    public static IReadOnlyList<string> All { get; } = [Daily, Weekly, Monthly];
}

/// <summary>An analytics report request.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="AccessType"><c>ONGOING</c> or <c>ONE_TIME_SNAPSHOT</c>.</param>
/// <param name="StoppedDueToInactivity">Whether Apple stopped it because nobody downloaded its data; a new request is needed then.</param>
public sealed record AscAnalyticsReportRequest(string Id, string AccessType, bool StoppedDueToInactivity)
{
    internal static AscAnalyticsReportRequest From(JsonApiResource<RequestAttributes> resource) =>
        new(resource.Id, resource.Attributes?.AccessType ?? string.Empty, resource.Attributes?.StoppedDueToInactivity ?? false);
}

/// <summary>One report of a request.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="Name">Its name, such as <c>App Downloads Standard</c>.</param>
/// <param name="Category">Its category, such as <c>COMMERCE</c>.</param>
public sealed record AscAnalyticsReport(string Id, string Name, string Category);

/// <summary>One instance of a report: the data of a granularity made available on a processing date.</summary>
/// <param name="Id">The instance's id.</param>
/// <param name="Granularity"><c>DAILY</c>, <c>WEEKLY</c> or <c>MONTHLY</c>.</param>
/// <param name="ProcessingDate">The day the data became available (not the day the rows are about).</param>
public sealed record AscAnalyticsReportInstance(string Id, string Granularity, DateOnly ProcessingDate);

/// <summary>One downloadable part of an instance.</summary>
/// <param name="Id">The segment's id.</param>
/// <param name="SizeInBytes">The size of the (compressed) file.</param>
/// <param name="Checksum">Apple's checksum of the file (MD5, hex).</param>
/// <param name="Url">The pre-signed download URL; it takes no token.</param>
public sealed record AscAnalyticsReportSegment(string Id, long SizeInBytes, string Checksum, Uri Url);

internal sealed record RequestAttributes(string? AccessType, bool? StoppedDueToInactivity);

internal sealed record ReportAttributes(string? Name, string? Category);

internal sealed record InstanceAttributes(string? Granularity, string? ProcessingDate)
{
    public DateOnly Date => DateOnly.TryParseExact(ProcessingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : DateOnly.MinValue;
}

internal sealed record SegmentAttributes(string? Checksum, long? SizeInBytes, string? Url);
