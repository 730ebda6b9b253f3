using Cake.Core.IO;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>Fluent helpers of <see cref="AscEmulatorSettings"/>; each returns the same instance.</summary>
public static class AscEmulatorSettingsExtensions
{
    /// <summary>Runs this <c>asc-emulator</c> executable, or this emulator <c>.dll</c> with <c>dotnet</c>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="toolPath">The executable or .dll.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithToolPath(this AscEmulatorSettings settings, FilePath toolPath) =>
        Apply(settings, s => s.ToolPath = toolPath);

    /// <summary>Seeds the account (<c>demo</c>), or starts it empty with <see langword="null"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="seed">The seed's name.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithSeed(this AscEmulatorSettings settings, string? seed) =>
        Apply(settings, s => s.Seed = seed);

    /// <summary>Seeds your own account from this seed file (<c>--seed-file</c>); with <c>.WithSeed(null)</c> it holds only your apps.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="seedFile">The JSON seed file.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithSeedFile(this AscEmulatorSettings settings, FilePath seedFile) =>
        Apply(settings, s => s.SeedFile = seedFile);

    /// <summary>Keeps the emulator's state in this file, so a later run carries on from it.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="stateFile">The JSON state file.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithStateFile(this AscEmulatorSettings settings, FilePath stateFile) =>
        Apply(settings, s => s.StateFile = stateFile);

    /// <summary>Sets how long an upload stays PROCESSING before its build is valid.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="processingTime">The time.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithProcessingTime(this AscEmulatorSettings settings, TimeSpan processingTime) =>
        Apply(settings, s => s.ProcessingTime = processingTime);

    /// <summary>Sets how long a version waits for App Review, and then is in review.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="reviewTime">The time.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithReviewTime(this AscEmulatorSettings settings, TimeSpan reviewTime) =>
        Apply(settings, s => s.ReviewTime = reviewTime);

    /// <summary>Sets how long beta app review takes.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="betaReviewTime">The time.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithBetaReviewTime(this AscEmulatorSettings settings, TimeSpan betaReviewTime) =>
        Apply(settings, s => s.BetaReviewTime = betaReviewTime);

    /// <summary>Passes further switches to the emulator as they are (<c>"--fault-rate", "0.2"</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">The switches and their values.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings WithArguments(this AscEmulatorSettings settings, params string[] arguments) =>
        Apply(settings, s =>
        {
            ArgumentNullException.ThrowIfNull(arguments);
            foreach (var argument in arguments)
            {
                s.Arguments.Add(argument);
            }
        });

    /// <summary>Waits at most this long for the emulator to be ready.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The time.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings SetStartTimeout(this AscEmulatorSettings settings, TimeSpan timeout) =>
        Apply(settings, s => s.StartTimeout = timeout);

    /// <summary>Sets whether every later alias of the run talks to this emulator (the default), or only settings given <c>UseEmulator</c>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="useForAllAliases">Whether the emulator's key is the run's.</param>
    /// <returns>The same settings.</returns>
    public static AscEmulatorSettings SetUseForAllAliases(this AscEmulatorSettings settings, bool useForAllAliases) =>
        Apply(settings, s => s.UseForAllAliases = useForAllAliases);

    private static AscEmulatorSettings Apply(AscEmulatorSettings settings, Action<AscEmulatorSettings> change)
    {
        ArgumentNullException.ThrowIfNull(settings);
        change(settings);
        return settings;
    }
}
