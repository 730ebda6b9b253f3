using System.Globalization;

namespace Cake.AppStoreConnect.Core;

/// <summary>
/// Orders build numbers as Apple does: dot-separated integers compared part by part, so 10 is above 9
/// and 1.10 above 1.9.
/// </summary>
public sealed class BuildNumberComparer : IComparer<string>
{
    /// <summary>Gets the shared instance.</summary>
    public static BuildNumberComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var left = (x ?? string.Empty).Split('.');
        var right = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "0";
            var b = i < right.Length ? right[i] : "0";
            var order = long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var na) && long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var nb)
                ? na.CompareTo(nb)
                : string.CompareOrdinal(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
