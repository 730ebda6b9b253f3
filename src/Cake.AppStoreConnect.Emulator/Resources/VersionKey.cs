using System.Globalization;

namespace Cake.AppStoreConnect.Emulator.Resources;

/// <summary>Orders version strings the way people read them: 1.10 after 1.9, numeric parts numerically.</summary>
internal sealed class VersionKey : IComparable
{
    private readonly string[] _parts;

    public VersionKey(string version)
    {
        _parts = version.Split('.');
    }

    public int CompareTo(object? obj)
    {
        if (obj is not VersionKey other)
        {
            return 1;
        }

        for (var i = 0; i < Math.Max(_parts.Length, other._parts.Length); i++)
        {
            var mine = i < _parts.Length ? _parts[i] : "0";
            var theirs = i < other._parts.Length ? other._parts[i] : "0";
            var order = long.TryParse(mine, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                && long.TryParse(theirs, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                    ? a.CompareTo(b)
                    : string.CompareOrdinal(mine, theirs);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
