using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Reports;

/// <summary>
/// A vendor (the account's Payments and Financial Reports number) and the first day it has sales data.
/// Report contents are generated from the vendor, the period and the apps, deterministically, when asked for.
/// </summary>
internal sealed class VendorRecord : IRecord
{
    /// <summary>Gets the vendor number, such as <c>80012345</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the first day with sales; days before it have no report.</summary>
    public required DateOnly SalesSince { get; init; }
}
