using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>Points any alias's settings at a rehearsal emulator.</summary>
public static class AscRehearsalSettingsExtensions
{
    /// <summary>Talks to this emulator with its key, whatever the environment or the run's default says.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="emulator">The emulator <c>AscStartEmulator</c> returned.</param>
    /// <returns>The same settings.</returns>
    public static TSettings UseEmulator<TSettings>(this TSettings settings, AscEmulator emulator)
        where TSettings : AscSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(emulator);
        settings.KeyId = emulator.KeyId;
        settings.IssuerId = emulator.IssuerId;
        settings.PrivateKeyFile = emulator.PrivateKeyFile;
        settings.ApiUrl = emulator.ApiUrl;
        return settings;
    }
}
