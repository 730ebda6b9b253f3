using Cake.Core.IO;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>
/// How <c>AscStartEmulator</c> starts the rehearsal emulator (the <c>asc-emulator</c> tool of the
/// Cake.AppStoreConnect.Emulator package). Unset times keep the emulator's own defaults.
/// </summary>
public sealed class AscEmulatorSettings
{
    /// <summary>
    /// Gets or sets the tool to run: the <c>asc-emulator</c> executable, or the emulator's <c>.dll</c> (run
    /// with <c>dotnet</c>). Unset, Cake's tool locator finds <c>asc-emulator</c>, which <c>#tool</c> installs into tools/.
    /// </summary>
    public FilePath? ToolPath { get; set; }

    /// <summary>Gets or sets the seed (<c>--seed</c>): <c>demo</c> by default; <see langword="null"/> starts an empty account.</summary>
    public string? Seed { get; set; } = "demo";

    /// <summary>
    /// Gets or sets a seed file describing your own apps, versions, builds, groups and testers (<c>--seed-file</c>; the
    /// emulator's README shows its format), so a script naming your bundle ids runs unchanged. With <see cref="Seed"/>
    /// <c>demo</c> too, its apps are added to the demo's; set <see cref="Seed"/> to <see langword="null"/> for yours alone.
    /// </summary>
    public FilePath? SeedFile { get; set; }

    /// <summary>Gets or sets the state file (<c>--state-file</c>), for a rehearsal spanning several runs; by default a temporary one, removed on stop.</summary>
    public FilePath? StateFile { get; set; }

    /// <summary>Gets or sets how long an upload stays PROCESSING (<c>--processing-seconds</c>).</summary>
    public TimeSpan? ProcessingTime { get; set; }

    /// <summary>Gets or sets how long App Review waits and reviews (<c>--review-seconds</c>).</summary>
    public TimeSpan? ReviewTime { get; set; }

    /// <summary>Gets or sets how long beta app review takes (<c>--beta-review-seconds</c>).</summary>
    public TimeSpan? BetaReviewTime { get; set; }

    /// <summary>Gets further switches passed as they are, such as <c>--fault-rate 0.2</c>.</summary>
    public IList<string> Arguments { get; } = new List<string>();

    /// <summary>Gets or sets how long to wait for the emulator to answer its health check (default 60 s).</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets a value indicating whether every later alias of the run talks to this emulator with its key
    /// (default <see langword="true"/>). When <see langword="false"/>, only settings given <c>UseEmulator(emulator)</c> do.
    /// </summary>
    public bool UseForAllAliases { get; set; } = true;
}
