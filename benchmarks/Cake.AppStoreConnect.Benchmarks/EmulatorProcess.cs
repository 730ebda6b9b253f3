using System.Diagnostics;

namespace Cake.AppStoreConnect.Benchmarks;

/// <summary>
/// The emulator in a process of its own, started through its public start-up contract, so its memory
/// and CPU are not counted as the uploader's.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, IReadOnlyDictionary<string, string> environment)
    {
        _process = process;
        Environment = environment;
    }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public static EmulatorProcess Start(string emulatorDll, string workDirectory, long partSize, int processingSeconds = 0)
    {
        var envFile = Path.Combine(workDirectory, "emulator.env");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { emulatorDll, "--urls", "http://127.0.0.1:0", "--seed", "demo", "--env-file", envFile, "--processing-seconds", processingSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--upload-part-size", partSize.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(envFile) || new FileInfo(envFile).Length == 0)
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"The emulator did not write {envFile} (exit: {(process.HasExited ? process.ExitCode : "still running")}).");
            }

            Thread.Sleep(100);
        }

        Thread.Sleep(200);
        var environment = File.ReadAllLines(envFile)
            .Where(l => l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        return new EmulatorProcess(process, environment);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
