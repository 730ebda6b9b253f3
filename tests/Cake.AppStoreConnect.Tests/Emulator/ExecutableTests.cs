using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The start-up contract that CI, the README and outside checks rely on, run through the real executable.</summary>
public sealed partial class ExecutableTests
{
    [Test]
    public async Task Should_Print_The_Url_Write_The_Env_File_And_Answer_Health()
    {
        // Given
        var solution = SharedFixtures.SolutionDirectory() ?? throw new InconclusiveException("Solution directory not found.");
        var dll = Path.Combine(AppContext.BaseDirectory, "Cake.AppStoreConnect.Emulator.dll");
        var directory = Directory.CreateTempSubdirectory("asc-emulator-exe-").FullName;
        var envFile = Path.Combine(directory, "asc.env");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0", "--seed", "demo", "--env-file", envFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = solution,
        };

        using var process = Process.Start(start)!;
        try
        {
            // When
            var line = await ReadListeningLineAsync(process);

            // Then
            var url = ListeningLine().Match(line).Groups[1].Value;
            Assert.That(url, Does.Match(@"^http://127\.0\.0\.1:\d+$"), line);
            Assert.That(url, Does.Not.EndWith(":0"));
            var env = File.ReadAllLines(envFile).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            Assert.That(env.Keys, Is.EquivalentTo(new[] { "ASC_KEY_ID", "ASC_ISSUER_ID", "ASC_PRIVATE_KEY_PATH", "ASC_API_URL" }));
            Assert.That(env["ASC_API_URL"], Is.EqualTo(url));
            Assert.That(env["ASC_KEY_ID"], Does.Match("^[A-Z0-9]{10}$"));
            Assert.That(Guid.TryParse(env["ASC_ISSUER_ID"], out _), Is.True);
            Assert.That(Path.GetDirectoryName(env["ASC_PRIVATE_KEY_PATH"]), Is.EqualTo(directory));
            Assert.That(File.ReadAllText(env["ASC_PRIVATE_KEY_PATH"]), Does.StartWith("-----BEGIN PRIVATE KEY-----"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(env["ASC_PRIVATE_KEY_PATH"]), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }

            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using var health = await client.GetAsync(new Uri("/_emulator/health", UriKind.Relative));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var key = new Cake.AppStoreConnect.Emulator.EmulatorKey(env["ASC_KEY_ID"], env["ASC_ISSUER_ID"], File.ReadAllText(env["ASC_PRIVATE_KEY_PATH"]), null);
            UploadSteps.UseToken(client, Tokens.Mint(key));
            var apps = await client.GetStringAsync(new Uri("/v1/apps?filter[bundleId]=org.cakebuild.appstoreconnect.rehearsal", UriKind.Relative));
            Assert.That(apps, Does.Contain("Cake Rehearsal"));
        }
        finally
        {
            await StopAsync(process);
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task Should_Refuse_To_Listen_On_Every_Interface_Without_Allow_Remote()
    {
        // Given
        var dll = Path.Combine(AppContext.BaseDirectory, "Cake.AppStoreConnect.Emulator.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://*:0"]) { RedirectStandardOutput = true, RedirectStandardError = true };

        // When
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        // Then one sentence, no stack trace, nothing listening
        Assert.That(process.ExitCode, Is.EqualTo(1));
        Assert.That(error, Does.StartWith("The emulator could not start: --urls http://*:0 listens beyond this machine").And.Contain("--allow-remote"));
        Assert.That(error, Does.Not.Contain("   at "));
        Assert.That(output, Does.Not.Contain("listening on"));
    }

    [Test]
    public async Task Should_Stop_Itself_When_The_Process_Given_By_Exit_With_Parent_Is_Gone()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the stand-in parent is sleep");
        }

        // Given an emulator told to live as long as a process this test controls
        var dll = Path.Combine(AppContext.BaseDirectory, "Cake.AppStoreConnect.Emulator.dll");
        using var parent = Process.Start(new ProcessStartInfo("sleep", ["600"]))!;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0", "--exit-with-parent", parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            await ReadListeningLineAsync(process);
            Assert.That(process.HasExited, Is.False);

            // When the parent is killed (SIGKILL: it runs no clean-up)
            parent.Kill();
            await parent.WaitForExitAsync();

            // Then the emulator stops on its own within a few seconds, as on SIGTERM
            using var within = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var rest = process.StandardOutput.ReadToEndAsync(within.Token);
            await process.WaitForExitAsync(within.Token);
            Assert.That(process.ExitCode, Is.EqualTo(0));
            Assert.That(await rest, Does.Contain($"Process {parent.Id} (--exit-with-parent) is gone; the emulator stops."));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            if (!parent.HasExited)
            {
                parent.Kill();
            }
        }
    }

    [Test]
    public async Task Should_Refuse_To_Start_For_A_Parent_That_Is_Already_Gone()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the stand-in parent is true");
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "Cake.AppStoreConnect.Emulator.dll");
        int gone;
        using (var parent = Process.Start(new ProcessStartInfo("true"))!)
        {
            await parent.WaitForExitAsync();
            gone = parent.Id;
        }

        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "--exit-with-parent", gone.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain($"Switch '--exit-with-parent' names process {gone}, which is not running"));
    }

    /// <summary>Stops as CI does (SIGTERM, so the emulator cleans up after itself), killing only as a last resort.</summary>
    private static async Task StopAsync(Process process)
    {
        if (!OperatingSystem.IsWindows() && !process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(grace.Token);
                return;
            }
            catch (OperationCanceledException)
            {
                // Fall through to kill.
            }
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private static async Task<string> ReadListeningLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().IsMatch(line))
            {
                return line;
            }
        }

        Assert.Fail($"The emulator exited without printing its URL: {await process.StandardError.ReadToEndAsync()}");
        return "";
    }

    [GeneratedRegex(@"^App Store Connect emulator listening on (http://\S+)$")]
    private static partial Regex ListeningLine();
}
