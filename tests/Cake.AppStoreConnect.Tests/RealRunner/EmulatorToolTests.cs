using System.Diagnostics;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.RealRunner;

/// <summary>
/// The packed <c>Cake.AppStoreConnect.Emulator</c> tool through every door a user takes, installed from a
/// local folder feed that is the only package source (so the package must hold everything it runs on),
/// started with the documented start-up contract and probed over its control endpoints.
/// </summary>
[Category("RealRunner")]
[NonParallelizable]
public sealed class EmulatorToolTests
{
    private const string PackageId = "Cake.AppStoreConnect.Emulator";

    [Test]
    public async Task Should_Run_From_A_Tool_Path_Install()
    {
        using var directory = FeedFolder();
        var install = await RunAsync("dotnet", ["tool", "install", "--tool-path", directory.File("tools"), PackageId, "--version", PackedAddIn.Version], directory);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Output);

        await AssertServesAsync(directory, Path.Combine(directory.Path, "tools", OperatingSystem.IsWindows() ? "asc-emulator.exe" : "asc-emulator"), []);
    }

    [Test]
    public async Task Should_Run_From_A_Tool_Manifest()
    {
        using var directory = FeedFolder();
        var manifest = await RunAsync("dotnet", ["new", "tool-manifest"], directory);
        var install = await RunAsync("dotnet", ["tool", "install", PackageId, "--version", PackedAddIn.Version], directory);
        Assert.That(manifest.ExitCode, Is.EqualTo(0), manifest.Output);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Output);
        // SDK 10 writes the manifest in the folder itself; earlier ones in .config/.
        var manifestFile = new[] { "dotnet-tools.json", Path.Combine(".config", "dotnet-tools.json") }.Select(directory.File).First(File.Exists);
        Assert.That(File.ReadAllText(manifestFile), Does.Contain("\"asc-emulator\""));

        await AssertServesAsync(directory, "dotnet", ["asc-emulator"]);
    }

    [Test]
    public async Task Should_Run_Through_Dotnet_Tool_Exec_Without_An_Install()
    {
        using var directory = FeedFolder();

        await AssertServesAsync(directory, "dotnet", ["tool", "exec", $"{PackageId}@{PackedAddIn.Version}", "--yes", "--"]);
    }

    [Test]
    public async Task Should_Run_Through_Dnx()
    {
        // dnx sits beside the dotnet executable (SDK 10 and later); it is not always on PATH.
        using var directory = FeedFolder();
        var dotnet = new FileInfo(Environment.ProcessPath!).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Environment.ProcessPath!;
        var dnx = Path.Combine(Path.GetDirectoryName(dotnet)!, OperatingSystem.IsWindows() ? "dnx.cmd" : "dnx");
        Assume.That(Path.GetFileNameWithoutExtension(dotnet), Is.EqualTo("dotnet"), "the tests run under the dotnet host");
        Assume.That(File.Exists(dnx), Is.True, $"this SDK has no dnx at {dnx}");

        await AssertServesAsync(directory, dnx, [$"{PackageId}@{PackedAddIn.Version}", "--yes", "--"]);
    }

    [Test]
    public async Task Should_Print_Its_Switches_Under_The_New_Command()
    {
        using var directory = FeedFolder();
        var install = await RunAsync("dotnet", ["tool", "install", "--tool-path", directory.File("tools"), PackageId, "--version", PackedAddIn.Version], directory);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Output);

        var help = await RunAsync(directory.File(Path.Combine("tools", "asc-emulator")), ["--help"], directory);

        Assert.That(help.ExitCode, Is.EqualTo(0), help.Output);
        Assert.That(help.Output, Does.Contain("--urls URL").And.Contain("--seed demo").And.Contain("--env-file PATH").And.Contain("--openapi PATH"));
    }

    /// <summary>
    /// A folder whose nuget.config clears every source but the feed the tests packed into, with a
    /// packages folder of its own, so no earlier install of the same version answers instead.
    /// </summary>
    private static TemporaryDirectory FeedFolder()
    {
        var directory = new TemporaryDirectory();
        PackedAddIn.WriteNuGetConfig(directory.Path, PackedAddIn.Feed, onlySource: true);
        return directory;
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string command, IEnumerable<string> arguments, TemporaryDirectory directory) =>
        PackedAddIn.RunAsync(command, arguments, directory.Path, Isolated(directory), TimeSpan.FromMinutes(3));

    /// <summary>
    /// A packages folder and a CLI home of the test's own. The home matters for the manifest door: the SDK
    /// keeps a user-wide cache from a local tool's version to its path, and an entry left by an earlier run
    /// whose packages folder is gone makes <c>dotnet asc-emulator</c> refuse ("Run dotnet tool restore")
    /// even right after an install, which does not refresh it.
    /// </summary>
    private static Dictionary<string, string> Isolated(TemporaryDirectory directory) => new()
    {
        ["NUGET_PACKAGES"] = directory.File("packages"),
        ["DOTNET_CLI_HOME"] = directory.File("home"),
    };

    /// <summary>Starts the tool with the start-up contract's switches, probes it, then stops it and checks it is gone.</summary>
    private static async Task AssertServesAsync(TemporaryDirectory directory, string command, string[] prefix)
    {
        var envFile = directory.File("emulator.env");
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in prefix.Concat(["--urls", "http://127.0.0.1:0", "--seed", "demo", "--env-file", envFile]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Isolated(directory))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var url = await WaitForUrlAsync(envFile, process, TimeSpan.FromMinutes(2));
            Assert.That(url, Is.Not.Null, $"no ASC_API_URL in {envFile}");
            using var http = new HttpClient { BaseAddress = new Uri(url!), Timeout = TimeSpan.FromSeconds(10) };
            var health = await http.GetAsync(new Uri("/_emulator/health", UriKind.Relative));
            var state = JsonNode.Parse(await http.GetStringAsync(new Uri("/_emulator/state", UriKind.Relative)))!;
            var variables = File.ReadAllLines(envFile).Select(l => l.Split('=', 2)[0]).ToList();

            Assert.Multiple(() =>
            {
                Assert.That((int)health.StatusCode, Is.EqualTo(200));
                Assert.That(state["apps"]!.AsArray().Select(a => a!.ToJsonString()), Has.Some.Contains("org.fastlane.very-capable-app"), "seeded with --seed demo");
                Assert.That(variables, Is.SupersetOf(new[] { "ASC_KEY_ID", "ASC_ISSUER_ID", "ASC_PRIVATE_KEY_PATH", "ASC_API_URL" }));
            });
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            TestContext.Out.WriteLine(await output + await errors);
        }
    }

    private static async Task<string?> WaitForUrlAsync(string envFile, Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(envFile) && File.ReadAllLines(envFile).FirstOrDefault(l => l.StartsWith("ASC_API_URL=", StringComparison.Ordinal)) is { } line)
            {
                return line["ASC_API_URL=".Length..];
            }

            await Task.Delay(100);
        }

        return null;
    }
}
