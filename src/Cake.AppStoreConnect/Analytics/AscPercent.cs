using System.Globalization;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>A percentage, as a threshold of the performance check: <c>10.Percent()</c>.</summary>
/// <param name="Value">The percentage, such as 10 for 10 %.</param>
public readonly record struct AscPercent(double Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.#", CultureInfo.InvariantCulture) + " %";
}

/// <summary>Writes percentages as a script reads them: <c>10.Percent()</c>.</summary>
public static class AscPercentExtensions
{
    /// <summary>A percentage.</summary>
    /// <param name="value">The number of percent.</param>
    /// <returns>The percentage.</returns>
    public static AscPercent Percent(this int value) => new(value);

    /// <summary>A percentage.</summary>
    /// <param name="value">The number of percent.</param>
    /// <returns>The percentage.</returns>
    public static AscPercent Percent(this double value) => new(value);
}
