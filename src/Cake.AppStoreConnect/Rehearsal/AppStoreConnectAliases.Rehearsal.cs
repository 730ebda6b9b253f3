using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Rehearsal;
using Cake.AppStoreConnect.RunSummaries;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;

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

    /// <summary>
    /// Prints what the run changed in the rehearsal emulator: first what the pipeline's requests changed, which is what it
    /// would change at Apple, then, counted apart, what the emulator made by itself (Apple's processing: builds,
    /// diagnostics). Adds the report to the CI run summary where one exists (GitHub Actions, Azure Pipelines; not when
    /// <c>ASC_RUN_SUMMARY=false</c>). Call it before disposing the emulator; the recipe's <c>--rehearse</c> does.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="emulator">The emulator <c>AscStartEmulator</c> returned.</param>
    /// <returns>The report.</returns>
    /// <exception cref="AscEmulatorException">The emulator is stopped or did not answer.</exception>
    /// <example>
    /// <code>
    /// AscEmulator emulator = null;
    /// Setup(context => emulator = AscStartEmulator());
    /// Teardown(context =>
    /// {
    ///     try { AscReportEmulatorChanges(emulator); }
    ///     finally { emulator?.Dispose(); }
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Rehearsal")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Rehearsal")]
    public static AscEmulatorChangeReport AscReportEmulatorChanges(this ICakeContext context, AscEmulator emulator) =>
        AscReportEmulatorChanges(context, emulator, (AscSettings?)null);

    /// <summary>Prints what the run changed in the rehearsal emulator, and adds it to the CI run summary unless the settings switch that off.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="emulator">The emulator <c>AscStartEmulator</c> returned.</param>
    /// <param name="settings">Settings whose <c>PublishRunSummary</c> (<c>.SetPublishRunSummary(false)</c>) keeps the report out of the CI run summary; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="AscEmulatorException">The emulator is stopped or did not answer.</exception>
    /// <example>
    /// <code>
    /// var report = AscReportEmulatorChanges(emulator, new AscSettings().SetPublishRunSummary(false));
    /// Information("{0} changes by the pipeline", report.PipelineChanges.Count);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Rehearsal")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Rehearsal")]
    public static AscEmulatorChangeReport AscReportEmulatorChanges(this ICakeContext context, AscEmulator emulator, AscSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(emulator);
        settings ??= new AscSettings();
        var report = emulator.GetChangeReport();
        // One short line; the table below has the counts per resource type. The emulator's own changes (Apple's
        // processing) are not the pipeline's: counted apart.
        var pipeline = report.PipelineChanges;
        var own = report.Changes.Count - pipeline.Count;
        context.Log.Information(
            "Rehearsal: what this pipeline would change at Apple ({0}){1}:",
            pipeline.Count == 0 ? "nothing" : $"{pipeline.Count} change(s) to {pipeline.Select(c => c.Type).Distinct(StringComparer.Ordinal).Count()} resource type(s)",
            own == 0 ? string.Empty : $"; {own} more made by the emulator itself, counted apart");
        context.Log.Information("{0}", report.Markdown.TrimEnd());
        try
        {
            CiRunSummary.Publish(context, settings, report.Markdown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Log.Warning("{0}", $"The rehearsal's change report could not be added to the CI run summary ({e.Message}).");
        }

        return report;
    }

    /// <summary>Prints what the run changed in the rehearsal emulator, and adds it to the CI run summary unless the settings, configured fluently, switch that off.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="emulator">The emulator <c>AscStartEmulator</c> returned.</param>
    /// <param name="configure">Sets <c>PublishRunSummary</c>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="AscEmulatorException">The emulator is stopped or did not answer.</exception>
    /// <example>
    /// <code>
    /// AscReportEmulatorChanges(emulator, s => s.SetPublishRunSummary(false));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Rehearsal")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Rehearsal")]
    public static AscEmulatorChangeReport AscReportEmulatorChanges(this ICakeContext context, AscEmulator emulator, Action<AscSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new AscSettings();
        configure(settings);
        return AscReportEmulatorChanges(context, emulator, settings);
    }
}
