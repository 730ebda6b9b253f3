using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AnalyticsReports;

/// <summary>
/// A stored analytics report request. Whether it is stopped for inactivity is derived from the time of
/// its last download (<see cref="LastActivity"/>) and the emulator's inactivity time.
/// </summary>
internal sealed class AnalyticsReportRequestRecord : IAppOwned
{
    public const string Ongoing = "ONGOING";
    public const string OneTimeSnapshot = "ONE_TIME_SNAPSHOT";

    public static IReadOnlyList<string> AccessTypes { get; } = [OneTimeSnapshot, Ongoing];

    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required string AccessType { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    /// <summary>Gets or sets when a client last read one of the request's segments (or the creation time).</summary>
    public required DateTimeOffset LastActivity { get; set; }

    public DateTimeOffset StopsAt(TimeSpan inactivity) => LastActivity + inactivity;

    public bool IsStopped(DateTimeOffset now, TimeSpan inactivity) => now >= StopsAt(inactivity);
}

/// <summary>One report of a request (schema <c>AnalyticsReport</c>): a name from Apple's catalogue and its category.</summary>
internal sealed class AnalyticsReportRecord : IPartOf
{
    public required string Id { get; init; }

    public required string RequestId { get; init; }

    (string Type, string Id) IPartOf.Whole => (AnalyticsReportRequestDescriptor.TypeName, RequestId);

    public required string Name { get; init; }

    public required string Category { get; init; }
}

/// <summary>One instance of a report: the data of one granularity made available on one processing date.</summary>
internal sealed class AnalyticsReportInstanceRecord : IPartOf
{
    public static IReadOnlyList<string> Granularities { get; } = ["DAILY", "WEEKLY", "MONTHLY"];

    public required string Id { get; init; }

    public required string ReportId { get; init; }

    (string Type, string Id) IPartOf.Whole => (AnalyticsReportDescriptor.TypeName, ReportId);

    public required string Granularity { get; init; }

    public required DateOnly ProcessingDate { get; init; }

    /// <summary>Gets a value indicating whether the instance is of a snapshot request, which goes back as far as data exists.</summary>
    public required bool Snapshot { get; init; }
}

/// <summary>One downloadable part of an instance; its bytes are generated from the ids, so they are the same every time.</summary>
internal sealed class AnalyticsReportSegmentRecord : IPartOf
{
    public required string Id { get; init; }

    public required string InstanceId { get; init; }

    (string Type, string Id) IPartOf.Whole => (AnalyticsReportInstanceDescriptor.TypeName, InstanceId);

    /// <summary>Gets the segment's position in its instance (0-based); the instance's rows are split across its segments.</summary>
    public required int Index { get; init; }

    public required int Count { get; init; }
}
