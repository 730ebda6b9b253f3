using System.Collections.Concurrent;
using System.Diagnostics;
using Cake.Core.Diagnostics;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>The emulator's process: started with its output drained (and its last lines kept for errors), stopped with its whole tree.</summary>
internal sealed class EmulatorProcess
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _recent = new();

    private EmulatorProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Gets the process id, kept once the process object is released.</summary>
    public int Id { get; private set; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Gets the last lines the emulator wrote, for a message about why it did not start.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _recent);

    public static EmulatorProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, ICakeLog log)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var emulator = new EmulatorProcess(process);
        process.OutputDataReceived += (_, e) => emulator.Remember(e.Data, log);
        process.ErrorDataReceived += (_, e) => emulator.Remember(e.Data, log);
        process.Start();
        emulator.Id = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return emulator;
    }

    /// <summary>Stops the emulator and anything it started (dnx or dotnet tool exec run it as a child); safe to call twice.</summary>
    public void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting while it was being killed.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Remember(string? line, ICakeLog log)
    {
        if (line is null)
        {
            return;
        }

        _recent.Enqueue(line);
        while (_recent.Count > KeptLines && _recent.TryDequeue(out _))
        {
        }

        log.Write(Verbosity.Verbose, LogLevel.Verbose, "asc-emulator: {0}", line);
    }
}
