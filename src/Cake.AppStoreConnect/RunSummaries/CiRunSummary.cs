using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.RunSummaries;

/// <summary>
/// Adds what a changing alias did (uploaded, distributed, submitted, released) to the run summary of the CI the
/// script runs on: appended to <c>$GITHUB_STEP_SUMMARY</c> on GitHub Actions; on Azure Pipelines written to a
/// Markdown file announced with <c>##vso[task.uploadsummary]</c>, the service message Cake's own Azure Pipelines
/// support writes. Nothing is written where no CI is detected or when it is switched off.
/// </summary>
internal static partial class CiRunSummary
{
    /// <summary>The variable that switches the summary off (<c>false</c>, <c>0</c>, <c>off</c> or <c>no</c>).</summary>
    public const string Switch = "ASC_RUN_SUMMARY";

    private static int _azureFiles;

    /// <summary>Publishes one alias's result; a summary that cannot be written is a warning, never the alias's failure.</summary>
    public static void Publish(ICakeContext context, AscSettings settings, string alias, IAscChangeResult result)
    {
        try
        {
            Publish(context, settings, Section(alias, result));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Log.Write(Verbosity.Quiet, LogLevel.Warning, "{0}", $"{alias}: the CI run summary could not be written ({e.Message}); the alias's work is done.");
        }
    }

    /// <summary>Publishes Markdown (a section of the rehearsal's change report, say) where the CI shows run summaries.</summary>
    /// <returns>Whether a CI run summary was found and written to.</returns>
    public static bool Publish(ICakeContext context, AscSettings settings, string markdown)
    {
        if (!Enabled(context, settings))
        {
            return false;
        }

        var text = Scrub(markdown, settings);
        if (Variable(context, "GITHUB_ACTIONS") == "true" && Variable(context, "GITHUB_STEP_SUMMARY") is { } stepSummary)
        {
            File.AppendAllText(stepSummary, text + Environment.NewLine);
            return true;
        }

        if (string.Equals(Variable(context, "TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var folder = Variable(context, "AGENT_TEMPDIRECTORY") ?? context.Environment.WorkingDirectory.Combine(".asc").FullPath;
            Directory.CreateDirectory(folder);
            var file = System.IO.Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"appstoreconnect-summary-{Environment.ProcessId}-{Interlocked.Increment(ref _azureFiles)}.md"));
            File.WriteAllText(file, text);
            context.Log.Write(Verbosity.Quiet, LogLevel.Information, "{0}", $"##vso[task.uploadsummary]{new FilePath(file).FullPath}");
            return true;
        }

        return false;
    }

    private static bool Enabled(ICakeContext context, AscSettings settings) =>
        settings.PublishRunSummary ?? Variable(context, Switch)?.ToLowerInvariant() is not ("false" or "0" or "off" or "no");

    private static string Section(string alias, IAscChangeResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### App Store Connect: {alias}{(result.DryRun ? " (dry run: nothing was changed)" : string.Empty)}");
        text.AppendLine();
        if (result.Changes.Count == 0)
        {
            text.AppendLine("Nothing to change.");
        }

        foreach (var change in result.Changes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {(result.DryRun ? "would " : string.Empty)}{Line(change)}");
        }

        if (result.AlreadyInPlace.Count > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Already in place: {string.Join("; ", result.AlreadyInPlace.Select(Line))}");
        }

        return text.ToString();
    }

    // One Markdown line: a result line never starts a heading or a table of its own.
    private static string Line(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    // A summary is kept with the run and shown to everyone who can see it: no key, token or PEM, even by mistake.
    private static string Scrub(string text, AscSettings settings)
    {
        text = Pem().Replace(Jwt().Replace(text, "(hidden)"), "(hidden)");
        return settings.PrivateKey is { Length: > 0 } key ? text.Replace(key.Trim(), "(hidden)", StringComparison.Ordinal) : text;
    }

    private static string? Variable(ICakeContext context, string name) =>
        context.Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)")]
    private static partial Regex Pem();
}
