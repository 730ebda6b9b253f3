namespace Cake.AppStoreConnect.Core;

/// <summary>The body every fluent settings helper shares: check, change, return the same instance.</summary>
internal static class SettingsFluent
{
    public static TSettings Apply<TSettings>(TSettings settings, Action<TSettings> change)
        where TSettings : AscSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        change(settings);
        return settings;
    }

    /// <summary>What a <c>With…</c> or <c>To…</c> helper over a list does: adds the values to it.</summary>
    public static void AddAll<T>(ICollection<T> target, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            target.Add(value);
        }
    }
}
