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
}
