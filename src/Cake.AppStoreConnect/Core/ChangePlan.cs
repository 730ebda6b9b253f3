using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Core;

/// <summary>
/// The plan of one mutating call: what it changed (in a dry run, would change), what was already in place,
/// and what it was asked for but left alone. Every mutating service reports through one, so each kind of
/// line reads and logs the same everywhere: changes and findings at Information, requests not applied as
/// a Warning, and one summary at the end.
/// </summary>
internal sealed class ChangePlan
{
    private readonly IAscLog _log;
    private readonly List<string> _changes = [];
    private readonly List<string> _inPlace = [];

    public ChangePlan(IAscLog log, bool dryRun)
    {
        _log = log;
        DryRun = dryRun;
    }

    public bool DryRun { get; }

    public IReadOnlyList<string> Changes => _changes;

    public IReadOnlyList<string> AlreadyInPlace => _inPlace;

    public static ChangePlan For(AscConnection connection, AscSettings settings) => new(connection.Log, settings.DryRun);

    /// <summary>Records a change the caller makes itself (unless this is a dry run).</summary>
    public void Change(string what)
    {
        _changes.Add(what);
        _log.Write(AscLogLevel.Information, DryRun ? $"Dry run: would {what}." : Capitalise(what) + ".");
    }

    /// <summary>Records a change and makes it, unless this is a dry run.</summary>
    public async Task ChangeAsync(string what, Func<Task> change)
    {
        _changes.Add(what);
        if (DryRun)
        {
            _log.Write(AscLogLevel.Information, $"Dry run: would {what}.");
            return;
        }

        await change();
        _log.Write(AscLogLevel.Information, Capitalise(what) + ".");
    }

    public void InPlace(string what)
    {
        _inPlace.Add(what);
        _log.Write(AscLogLevel.Information, $"Already in place: {what}.");
    }

    /// <summary>Records something asked for that is not applied, and why; the run goes on.</summary>
    public void NotApplied(string what, string why)
    {
        _inPlace.Add($"{what} (not changed: {why})");
        _log.Write(AscLogLevel.Warning, $"Not applied: {what}; {why}.");
    }

    public void Finish(string subject)
    {
        var summary = _changes.Count == 0
            ? $"{subject}: everything was already in place; nothing changed."
            : DryRun
                ? $"Dry run for {subject}: {_changes.Count} change(s) planned, nothing was changed."
                : $"{subject}: {_changes.Count} change(s) made, {_inPlace.Count} already in place.";
        _log.Write(AscLogLevel.Information, summary);
    }

    public AscChangeResult<T> Result<T>(T? resource) => new()
    {
        Resource = resource,
        DryRun = DryRun,
        Changes = [.. _changes],
        AlreadyInPlace = [.. _inPlace],
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
