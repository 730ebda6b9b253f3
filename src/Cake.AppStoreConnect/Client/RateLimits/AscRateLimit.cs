using System.Globalization;

namespace Cake.AppStoreConnect.Client.RateLimits;

/// <summary>The request budget App Store Connect reports in <c>X-Rate-Limit</c>.</summary>
/// <param name="HourLimit">Requests allowed in the rolling hour.</param>
/// <param name="HourRemaining">Requests left in the rolling hour.</param>
/// <param name="MinuteLimit">Requests allowed per minute, on endpoints that report it.</param>
/// <param name="MinuteRemaining">Requests left this minute, on endpoints that report it.</param>
public sealed record AscRateLimit(int? HourLimit, int? HourRemaining, int? MinuteLimit, int? MinuteRemaining)
{
    /// <summary>Gets the fraction of the hourly budget left, when known.</summary>
    public double? HourFractionRemaining =>
        HourLimit is > 0 && HourRemaining is not null ? (double)HourRemaining.Value / HourLimit.Value : null;

    /// <summary>Parses <c>user-hour-lim:3500;user-hour-rem:500;</c> (separators <c>;</c> or <c>,</c>).</summary>
    /// <param name="header">The header value.</param>
    /// <returns>The budget, or <see langword="null"/> when the header has none of the known keys.</returns>
    public static AscRateLimit? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        int? hourLimit = null, hourRemaining = null, minuteLimit = null, minuteRemaining = null;
        foreach (var part in header.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !int.TryParse(part.AsSpan(colon + 1).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            switch (part[..colon].Trim().ToLowerInvariant())
            {
                case "user-hour-lim": hourLimit = value; break;
                case "user-hour-rem": hourRemaining = value; break;
                case "user-minute-lim": minuteLimit = value; break;
                case "user-minute-rem": minuteRemaining = value; break;
            }
        }

        return (hourLimit ?? hourRemaining ?? minuteLimit ?? minuteRemaining) is null
            ? null
            : new AscRateLimit(hourLimit, hourRemaining, minuteLimit, minuteRemaining);
    }

    /// <inheritdoc />
    public override string ToString() =>
        HourLimit is null ? $"{MinuteRemaining}/{MinuteLimit} left this minute" : $"{HourRemaining}/{HourLimit} left this hour";
}
