using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Settings of <c>AscRequestAnalyticsReports</c>: which kind of request to keep in place.</summary>
public sealed class AscAnalyticsRequestSettings : AscSettings
{
    /// <summary>Gets or sets the access type: <c>ONGOING</c> (default) or <c>ONE_TIME_SNAPSHOT</c>.</summary>
    public string AccessType { get; set; } = AscAnalyticsAccessTypes.Ongoing;
}
