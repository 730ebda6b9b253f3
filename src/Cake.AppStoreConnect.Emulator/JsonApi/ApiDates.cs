using System.Globalization;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>Apple's date format: milliseconds and an explicit offset, e.g. <c>2026-11-24T10:15:00.000+00:00</c>.</summary>
internal static class ApiDates
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
