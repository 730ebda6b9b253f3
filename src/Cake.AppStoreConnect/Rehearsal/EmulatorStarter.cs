using System.Diagnostics;
using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>
/// Starts the emulator on a free loopback port with the start-up contract (<c>--urls http://127.0.0.1:0</c>,
/// <c>--env-file</c>), learns its address and key from the env file, and waits for <c>/_emulator/health</c>.
/// </summary>
internal static class EmulatorStarter
{
    public static AscEmulator Start(ICakeContext context, AscEmulatorSettings settings)
    {
        var tool = EmulatorToolFinder.Find(context, settings);
        var seedFile = SeedFile(context, settings);
        var directory = Path.Combine(Path.GetTempPath(), "asc-emulator-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var envFile = Path.Combine(directory, "emulator.env");

        // A state file of its own, beside the env file, so its upload parts go there too and are removed with it.
        var stateFile = settings.StateFile?.MakeAbsolute(context.Environment).FullPath ?? Path.Combine(directory, "state.json");
        var arguments = new List<string> { "--urls", "http://127.0.0.1:0", "--env-file", envFile, "--state-file", stateFile };
        if (settings.Seed is { Length: > 0 } seed)
        {
            arguments.AddRange(["--seed", seed]);
        }

        if (seedFile is not null)
        {
            arguments.AddRange(["--seed-file", seedFile]);
        }

        // Stops itself when this process is gone: a script killed with SIGKILL runs none of the clean-up below.
        arguments.AddRange(["--exit-with-parent", Environment.ProcessId.ToString(CultureInfo.InvariantCulture)]);
        AddSeconds(arguments, "--processing-seconds", settings.ProcessingTime);
        AddSeconds(arguments, "--review-seconds", settings.ReviewTime);
        AddSeconds(arguments, "--beta-review-seconds", settings.BetaReviewTime);
        arguments.AddRange(settings.Arguments);

        var isDll = string.Equals(tool.GetExtension(), ".dll", StringComparison.OrdinalIgnoreCase);
        var watch = Stopwatch.StartNew();
        var process = EmulatorProcess.Start(isDll ? "dotnet" : tool.FullPath, isDll ? arguments.Prepend(tool.FullPath) : arguments, directory, context.Log);
        try
        {
            var variables = WaitUntilReady(process, envFile, settings.StartTimeout, tool.FullPath);
            var emulator = new AscEmulator(process, variables, directory, settings.UseForAllAliases);
            context.Log.Information(
                "Started the App Store Connect emulator at {0} (process {1}) in {2} ms ({3}){4}.",
                emulator.ApiUrl,
                emulator.ProcessId,
                watch.ElapsedMilliseconds,
                tool.FullPath,
                settings.UseForAllAliases ? "; every App Store Connect alias of this run talks to it" : string.Empty);
            return emulator;
        }
        catch
        {
            process.Stop();
            AscEmulator.RemoveOwnedDirectory(directory);
            throw;
        }
    }

    // Made absolute here: the emulator runs in a temporary folder of its own, not the script's.
    private static string? SeedFile(ICakeContext context, AscEmulatorSettings settings)
    {
        if (settings.SeedFile is not { } seedFile)
        {
            return null;
        }

        var absolute = seedFile.MakeAbsolute(context.Environment);
        return context.FileSystem.GetFile(absolute).Exists
            ? absolute.FullPath
            : throw new AscEmulatorException($"The seed file set on the settings (SeedFile, .WithSeedFile(..)) does not exist: {absolute.FullPath}.");
    }

    private static void AddSeconds(List<string> arguments, string name, TimeSpan? time)
    {
        if (time is { } value)
        {
            if (value < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(time), value, $"The emulator's {name} cannot be negative.");
            }

            arguments.AddRange([name, value.TotalSeconds.ToString(CultureInfo.InvariantCulture)]);
        }
    }

    private static Dictionary<string, string> WaitUntilReady(EmulatorProcess process, string envFile, TimeSpan timeout, string tool)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new AscEmulatorException($"The emulator ({tool}) stopped with exit code {process.ExitCode} before it was ready. Its last words:{Environment.NewLine}{process.RecentOutput}");
            }

            if (ReadEnvFile(envFile) is { } variables && Healthy(http, variables["ASC_API_URL"]))
            {
                return variables;
            }

            if (watch.Elapsed > timeout)
            {
                throw new AscEmulatorException($"The emulator ({tool}) did not answer /_emulator/health within {timeout.TotalSeconds:0} s (raise it with .SetStartTimeout(..)). Its last words:{Environment.NewLine}{process.RecentOutput}");
            }

            Thread.Sleep(50);
        }
    }

    // The emulator writes the file once it listens; ASC_API_URL is its last line.
    private static Dictionary<string, string>? ReadEnvFile(string envFile)
    {
        if (!File.Exists(envFile))
        {
            return null;
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(envFile))
        {
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator > 0)
            {
                variables[line[..separator]] = line[(separator + 1)..];
            }
        }

        return variables.ContainsKey("ASC_API_URL") && variables.ContainsKey("ASC_KEY_ID") && variables.ContainsKey("ASC_PRIVATE_KEY_PATH") ? variables : null;
    }

    private static bool Healthy(HttpClient http, string apiUrl)
    {
        try
        {
            using var response = http.Send(new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(apiUrl), "/_emulator/health")));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
