using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Collects what a step changed and what was already in place, and logs both, so a re-run says what it found.</summary>
internal sealed class ChangeReport
{
    private readonly IAscLog _log;
    private readonly bool _dryRun;
    private readonly List<string> _changes = [];
    private readonly List<string> _inPlace = [];

    public ChangeReport(IAscLog log, bool dryRun)
    {
        _log = log;
        _dryRun = dryRun;
    }

    public IReadOnlyList<string> Changes => _changes;

    public IReadOnlyList<string> AlreadyInPlace => _inPlace;

    public void Change(string what)
    {
        _changes.Add(what);
        _log.Write(AscLogLevel.Information, _dryRun ? $"Dry run: would {what}." : Capitalise(what) + ".");
    }

    public void InPlace(string what)
    {
        _inPlace.Add(what);
        _log.Write(AscLogLevel.Information, $"Already in place: {what}.");
    }

    public void Finish(string subject)
    {
        var summary = _changes.Count == 0
            ? $"{subject}: everything was already in place; nothing changed."
            : _dryRun
                ? $"Dry run for {subject}: {_changes.Count} change(s) planned, nothing was changed."
                : $"{subject}: {_changes.Count} change(s) made, {_inPlace.Count} already in place.";
        _log.Write(AscLogLevel.Information, summary);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
