// The project's own build: ./build.sh --target=<Target>
// Targets: Clean, Restore, Build, Test (default: Test-Fast, then Test-RealRunner), Test-Fast, Test-RealRunner,
// Pack, CI (Test + Pack), Demo (the rehearsal).

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var testFilter = Argument("test-filter", string.Empty);

var root = MakeAbsolute(Directory(".."));
var solution = root.CombineWithFilePath("Cake.AppStoreConnect.sln");
var artifacts = root.Combine("artifacts");
var testResults = artifacts.Combine("test-results");
var packages = artifacts.Combine("packages");

Task("Clean")
    .Does(() =>
{
    CleanDirectories(artifacts.FullPath);
    CleanDirectories(root.FullPath + "/src/**/bin/" + configuration);
    CleanDirectories(root.FullPath + "/tests/**/bin/" + configuration);
});

Task("Restore")
    .Does(() =>
{
    DotNetRestore(solution.FullPath);
});

Task("Build")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution.FullPath, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
    });
});

Task("Test-Results")
    .Description("Empties artifacts/test-results, where each test step writes its .trx file.")
    .Does(() =>
{
    CleanDirectory(testResults);
});

Task("Test-Fast")
    .Description("Every test except the real-runner ones: the unit and emulator tests, for a quick local run.")
    .IsDependentOn("Build")
    .IsDependentOn("Test-Results")
    .Does(() =>
{
    RunTests("TestCategory!=RealRunner", "tests.trx");
});

Task("Test-RealRunner")
    .Description("The real-runner tests: packs the add-in and runs scripts through the real dotnet cake against the emulator.")
    .IsDependentOn("Build")
    .IsDependentOn("Test-Results")
    .Does(() =>
{
    RunTests("TestCategory=RealRunner", "real-runner.trx");
});

Task("Test")
    .Description("All tests, in two steps: Test-Fast, then Test-RealRunner.")
    .IsDependentOn("Test-Fast")
    .IsDependentOn("Test-RealRunner");

// One dotnet test step; its .trx lands in artifacts/test-results beside the other step's, and CI sums them all.
void RunTests(string categoryFilter, string resultsFile)
{
    DotNetTest(solution.FullPath, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        ResultsDirectory = testResults,
        Loggers = { $"trx;LogFileName={resultsFile}", "console;verbosity=normal" },
        Filter = string.IsNullOrEmpty(testFilter) ? categoryFilter : $"({categoryFilter})&({testFilter})",
    });
}

// The three packages, one version: the add-in, the emulator as the asc-emulator .NET tool, and the recipe.
var packedProjects = new[] { "src/Cake.AppStoreConnect/Cake.AppStoreConnect.csproj", "src/Cake.AppStoreConnect.Emulator/Cake.AppStoreConnect.Emulator.csproj", "recipe/Cake.AppStoreConnect.Recipe.csproj" };

Task("Pack")
    .Does(() =>
{
    CleanDirectory(packages);
    foreach (var project in packedProjects)
    {
        DotNetPack(root.CombineWithFilePath(project).FullPath, new DotNetPackSettings
        {
            Configuration = configuration,
            OutputDirectory = packages,
        });
    }
});

// The Demo builds only what it runs, the add-in and the emulator, in one build (demo.slnf): building
// the whole solution, tests and benchmarks included, took most of a cold Demo's time. Analyzers are
// left to Build, Test and CI, which are the checks; they do not change what is compiled.
Task("Demo-Build")
    .Does(() =>
{
    CleanDirectory(packages);
    var msbuild = new DotNetMSBuildSettings().WithProperty("RunAnalyzers", "false");
    DotNetBuild(root.CombineWithFilePath("build/demo.slnf").FullPath, new DotNetBuildSettings
    {
        Configuration = configuration,
        MSBuildSettings = msbuild,
    });
    foreach (var project in packedProjects)
    {
        // The recipe has nothing to compile; it is restored and packed here, the others were just built.
        var built = !project.StartsWith("recipe/", StringComparison.Ordinal);
        DotNetPack(root.CombineWithFilePath(project).FullPath, new DotNetPackSettings
        {
            Configuration = configuration,
            NoBuild = built,
            NoRestore = built,
            OutputDirectory = packages,
            MSBuildSettings = msbuild,
        });
    }
});

Task("Demo")
    .Description("A full release pipeline against the packed emulator tool (or App Store Connect at ASC_API_URL, when credentials are set).")
    .IsDependentOn("Demo-Build")
    .Does(() =>
{
    var demo = artifacts.Combine("demo");
    CleanDirectory(demo);

    // As a user's pipeline takes the packages: from a feed its nuget.config names (here the folder just
    // packed into, a path, not a URL), by exact version; #tool installs the emulator into demo/tools.
    System.IO.File.WriteAllText(demo.CombineWithFilePath("nuget.config").FullPath,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n" +
        $"    <add key=\"demo-packages\" value=\"{System.Security.SecurityElement.Escape(packages.FullPath)}\" />\n" +
        "  </packageSources>\n</configuration>\n");
    var environment = new Dictionary<string, string>
    {
        // Cake adds the sources of the machine's NuGet.config (a company feed or a mirror) after it, for the add-in's dependencies.
        ["CAKE_NUGET_SOURCE"] = packages.FullPath,
        ["CAKE_PATHS_ADDINS"] = demo.Combine("addins").FullPath,
    };

    var configured = !string.IsNullOrEmpty(EnvironmentVariable("ASC_API_URL")) && !string.IsNullOrEmpty(EnvironmentVariable("ASC_KEY_ID"));
    if (configured)
    {
        Information("ASC_API_URL and ASC_KEY_ID are set: rehearsing against {0}.", EnvironmentVariable("ASC_API_URL"));
    }

    var arguments = new ProcessArgumentBuilder().Append("cake").AppendQuoted(DemoScript(demo).FullPath).Append("--work=" + demo.FullPath)
        .Append("--sample-ipa-tool=" + root.CombineWithFilePath($"src/Cake.AppStoreConnect.SampleIpa/bin/{configuration}/net10.0/Cake.AppStoreConnect.SampleIpa.dll").FullPath)
        .Append("--verbosity=" + Context.Log.Verbosity.ToString().ToLowerInvariant());
    if (!configured)
    {
        // The recipe starts the packed tool, and stops it at the end of the run, failed or not.
        arguments.Append("--rehearse");
    }

    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = arguments,
        WorkingDirectory = demo,
        EnvironmentVariables = environment,
    });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"The rehearsal failed (exit code {exitCode}); its log above says which step and why.");
    }
});

Task("CI")
    .Description("What the pipelines run: build, test, pack.")
    .IsDependentOn("Test")
    .IsDependentOn("Pack");

Task("Default").IsDependentOn("Test");

RunTarget(target);

// The Demo loads the add-in, the recipe and the emulator tool as a user's script does: by the exact
// version of the packages just packed.
FilePath DemoScript(DirectoryPath demo)
{
    // Only the add-in's package: its version starts with a digit, where another package's name goes on (".Emulator").
    var version = GetFiles(packages.FullPath + "/Cake.AppStoreConnect.*.nupkg")
        .Select(p => p.GetFilenameWithoutExtension().FullPath.Substring("Cake.AppStoreConnect.".Length))
        .Single(v => char.IsDigit(v[0]));
    var script = demo.CombineWithFilePath("rehearsal.cake");
    System.IO.File.WriteAllText(script.FullPath,
        $"#addin nuget:?package=Cake.AppStoreConnect&version={version}&loaddependencies=true\n" +
        $"#load nuget:?package=Cake.AppStoreConnect.Recipe&version={version}\n" +
        $"#tool dotnet:?package=Cake.AppStoreConnect.Emulator&version={version}\n" +
        $"#load \"{root.CombineWithFilePath("build/demo.cake").FullPath}\"\n");
    return script;
}
