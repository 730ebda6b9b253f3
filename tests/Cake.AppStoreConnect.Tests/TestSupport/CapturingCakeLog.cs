using System.Collections.Concurrent;
using System.Globalization;
using Cake.Core.Diagnostics;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>A Cake log at Diagnostic verbosity that keeps every line, to assert on what users would see.</summary>
public sealed class CapturingCakeLog : ICakeLog
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public IReadOnlyList<(LogLevel Level, string Text)> Lines => [.. _lines];

    public string AllText => string.Join(Environment.NewLine, _lines.Select(l => $"[{l.Level}] {l.Text}"));

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity > Verbosity)
        {
            return;
        }

        _lines.Enqueue((level, args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args)));
    }
}
