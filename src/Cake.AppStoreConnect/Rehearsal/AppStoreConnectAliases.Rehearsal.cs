using Cake.AppStoreConnect.Rehearsal;
using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.AppStoreConnect;

/// <content>The rehearsal: a local App Store Connect started and stopped by the script.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Starts the rehearsal emulator (the <c>asc-emulator</c> tool of Cake.AppStoreConnect.Emulator) on a free
    /// loopback port, seeded with the demo account, and waits until it answers. Every later alias of the run
    /// talks to it with its own key, whatever ASC_* variables are set, until it is disposed; it is stopped at
    /// the end of the Cake process in any case, also after a failed task.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="AscEmulatorException">The tool was not found, or did not start; the message says what to do.</exception>
    /// <example>
    /// <code>
    /// #tool dotnet:?package=Cake.AppStoreConnect.Emulator&amp;version=1.0.0
    ///
    /// AscEmulator emulator = null;
    /// Setup(context => emulator = AscStartEmulator());
    /// Teardown(context => emulator?.Dispose());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Rehearsal")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Rehearsal")]
    public static AscEmulator AscStartEmulator(this ICakeContext context) =>
        AscStartEmulator(context, (AscEmulatorSettings?)null);

    /// <summary>Starts the rehearsal emulator as the settings say.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The tool, seed, times and switches; <see langword="null"/> for the defaults.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="AscEmulatorException">The tool was not found, or did not start; the message says what to do.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative.</exception>
    /// <example>
    /// <code>
    /// using (var emulator = AscStartEmulator(new AscEmulatorSettings { ProcessingTime = TimeSpan.FromSeconds(1), UseForAllAliases = false }))
    /// {
    ///     var app = AscGetApp("org.fastlane.very-capable-app", new AscSettings().UseEmulator(emulator));
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Rehearsal")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Rehearsal")]
    public static AscEmulator AscStartEmulator(this ICakeContext context, AscEmulatorSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return EmulatorStarter.Start(context, settings ?? new AscEmulatorSettings());
    }

    /// <summary>Starts the rehearsal emulator, configured fluently.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets the tool, seed, times and switches.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="AscEmulatorException">The tool was not found, or did not start; the message says what to do.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative.</exception>
    /// <example>
    /// <code>
    /// var emulator = AscStartEmulator(s => s.WithSeed("demo").WithProcessingTime(TimeSpan.FromSeconds(1)).WithReviewTime(TimeSpan.FromSeconds(2)));
    /// Information("Rehearsing against {0}", emulator.ApiUrl);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Rehearsal")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Rehearsal")]
    public static AscEmulator AscStartEmulator(this ICakeContext context, Action<AscEmulatorSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new AscEmulatorSettings();
        configure(settings);
        return AscStartEmulator(context, settings);
    }
}
