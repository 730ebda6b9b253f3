using System.Diagnostics;

namespace Cake.AppStoreConnect.Tests.RealRunner;

/// <summary>
/// The add-in packed once per test run into a local feed, and a way to run the real Cake runner
/// (Cake.Tool from the repository's tool manifest) on scripts that load it with #addin.
/// </summary>
internal static class PackedAddIn
{
    private static readonly Lazy<(string Feed, string Version)> Package = new(Pack);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Feed => Package.Value.Feed;

    public static string Version => Package.Value.Version;

    /// <summary>Gets the directive a user writes, for the version just packed.</summary>
    public static string AddinDirective => $"#addin nuget:?package=Cake.AppStoreConnect&version={Version}&loaddependencies=true";

    /// <summary>Gets a folder shared by the scripts of one test run, so dependencies download once.</summary>
    public static string AddinsFolder { get; } = Path.Combine(Path.GetTempPath(), "asc-real-runner-addins-" + Environment.ProcessId);

    /// <summary>Gets the directive that loads the packed recipe, as a user writes it.</summary>
    public static string RecipeDirective => $"#load nuget:?package=Cake.AppStoreConnect.Recipe&version={Version}";

    /// <summary>Gets the directive that installs the packed emulator tool, as a user writes it.</summary>
    public static string ToolDirective => $"#tool dotnet:?package=Cake.AppStoreConnect.Emulator&version={Version}";

    /// <summary>Gets Cake's tools folder for the scripts of one test run (#load nuget and #tool install there), so none sees an earlier run's package of the same version.</summary>
    public static string ToolsFolder { get; } = Path.Combine(Path.GetTempPath(), "asc-real-runner-tools-" + Environment.ProcessId);

    /// <summary>
    /// Writes the Demo's entry script into <paramref name="directory"/>, as <c>./build.sh --target=Demo</c> does: the
    /// packed add-in and recipe by their exact version, then <c>build/demo.cake</c>. (The Demo adds the emulator
    /// tool's #tool line for --rehearse; these tests bring their own emulator.)
    /// </summary>
    public static string DemoScript(string directory)
    {
        var script = Path.Combine(directory, "rehearsal.cake");
        File.WriteAllText(script, $"{AddinDirective}\n{RecipeDirective}\n#load \"{Path.Combine(RepositoryRoot, "build", "demo.cake")}\"\n");
        return script;
    }

    /// <summary>The Demo's arguments: its work folder, and the sample-IPA tool built beside these tests.</summary>
    public static string[] DemoArguments(string work)
    {
        return [$"--work={work}", $"--sample-ipa-tool={BuiltDll("Cake.AppStoreConnect.SampleIpa")}"];
    }

    /// <summary>The .dll of a project under src/, built in the configuration of these tests.</summary>
    public static string BuiltDll(string project)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        return Path.Combine(RepositoryRoot, "src", project, "bin", configuration, "net10.0", project + ".dll");
    }

    /// <summary>
    /// Writes a nuget.config into <paramref name="directory"/> that adds <paramref name="feed"/> to the machine's
    /// sources, or with <paramref name="onlySource"/> clears them first, as a company feed does.
    /// </summary>
    public static void WriteNuGetConfig(string directory, string feed, bool onlySource) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                {(onlySource ? "<clear />" : string.Empty)}
                <add key="local-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);

    public static Task<(int ExitCode, string Output)> RunCakeAsync(string script, IDictionary<string, string> environment, IEnumerable<string>? arguments = null, TimeSpan? timeout = null) =>
        RunAsync("dotnet", ["cake", script, .. arguments ?? []], RepositoryRoot, environment, timeout);

    /// <summary>Runs a command as a pipeline would, with Cake finding the packed add-in and nothing of this machine's ASC_* variables.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string command, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only what a pipeline would set: the test's variables, never this machine's own ASC_* ones.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASC_", StringComparison.Ordinal) || k.StartsWith("APP_STORE_CONNECT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        // The packed add-in; Cake adds the machine's NuGet.config sources after it for the dependencies.
        start.Environment["CAKE_NUGET_SOURCE"] = Feed;
        start.Environment["CAKE_PATHS_ADDINS"] = AddinsFolder;
        start.Environment["CAKE_PATHS_TOOLS"] = ToolsFolder;
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', start.ArgumentList)} did not finish in time:{Environment.NewLine}{await output}{await errors}");
        }

        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Gets the folders of this test run that <see cref="RealRunnerFolders"/> removes at its end.</summary>
    public static IEnumerable<string> RunFolders => [FeedFolder, AddinsFolder, ToolsFolder];

    private static string FeedFolder { get; } = Path.Combine(Path.GetTempPath(), "asc-real-runner-feed-" + Environment.ProcessId);

    private static (string Feed, string Version) Pack()
    {
        var feed = FeedFolder;
        Directory.CreateDirectory(feed);
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        // The three packages, as the build's Pack target makes them: the add-in and the emulator tool as
        // built for these tests, the recipe (nothing to compile) restored and packed here.
        PackProject(["pack", "src/Cake.AppStoreConnect/Cake.AppStoreConnect.csproj", "-c", configuration, "--no-build", "-o", feed]);
        PackProject(["pack", "src/Cake.AppStoreConnect.Emulator/Cake.AppStoreConnect.Emulator.csproj", "-c", configuration, "--no-build", "-o", feed]);
        PackProject(["pack", "recipe/Cake.AppStoreConnect.Recipe.csproj", "-c", configuration, "-o", feed]);

        // Only the add-in's package: its version starts with a digit, where another package's name goes on (".Emulator").
        var version = Directory.GetFiles(feed, "Cake.AppStoreConnect.*.nupkg")
            .Where(p => !p.EndsWith(".snupkg", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p)["Cake.AppStoreConnect.".Length..])
            .Single(v => char.IsDigit(v[0]));
        foreach (var package in new[] { "Cake.AppStoreConnect.Emulator", "Cake.AppStoreConnect.Recipe" })
        {
            if (!File.Exists(Path.Combine(feed, $"{package}.{version}.nupkg")))
            {
                throw new InvalidOperationException($"{package} was not packed with the add-in's version {version}: {string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName))}");
            }
        }

        return (feed, version);
    }

    private static void PackProject(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):{Environment.NewLine}{standardOutput.Result}{standardError.Result}");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cake.AppStoreConnect.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (Cake.AppStoreConnect.sln) above the test assembly.");
    }
}
