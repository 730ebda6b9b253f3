using System.Collections.Concurrent;
using System.Globalization;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;
using Cake.Core.Diagnostics;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// Keeps every line written to it, as a Cake log (Diagnostic verbosity) or as the client's log, to assert on
/// what users would see. Client lines go through the add-in's own mapping to Cake levels.
/// </summary>
public sealed class CapturingLog : ICakeLog, IAscLog
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();
    private readonly CakeAscLog _asClient;

    public CapturingLog()
    {
        _asClient = new CakeAscLog(this);
    }

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public IReadOnlyList<(LogLevel Level, string Text)> Lines => [.. _lines];

    /// <summary>Gets every line as <c>[Level] text</c>, one a line.</summary>
    public string AllText => string.Join(Environment.NewLine, _lines.Select(l => $"[{l.Level}] {l.Text}"));

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity > Verbosity)
        {
            return;
        }

        _lines.Enqueue((level, args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args)));
    }

    public void Write(AscLogLevel level, string message) => _asClient.Write(level, message);

    public void Clear() => _lines.Clear();
}
