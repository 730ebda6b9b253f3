using Cake.AppStoreConnect.Client.Http;
using Cake.Core.Diagnostics;

namespace Cake.AppStoreConnect.Core;

/// <summary>Writes the client's log lines to Cake's log at the matching verbosity.</summary>
internal sealed class CakeAscLog : IAscLog
{
    private readonly ICakeLog _log;

    public CakeAscLog(ICakeLog log) => _log = log;

    public void Write(AscLogLevel level, string message)
    {
        var (verbosity, cakeLevel) = level switch
        {
            AscLogLevel.Debug => (Verbosity.Diagnostic, LogLevel.Debug),
            AscLogLevel.Verbose => (Verbosity.Verbose, LogLevel.Verbose),
            AscLogLevel.Information => (Verbosity.Normal, LogLevel.Information),
            AscLogLevel.Warning => (Verbosity.Minimal, LogLevel.Warning),
            _ => (Verbosity.Quiet, LogLevel.Error),
        };

        // The message is data, not a format string: braces in Apple's text must not be parsed.
        _log.Write(verbosity, cakeLevel, "{0}", message);
    }
}
