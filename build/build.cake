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
    .Description("A full release pipeline against the bundled emulator (or App Store Connect at ASC_API_URL, when credentials are set).")
    .IsDependentOn("Demo-Build")
    .Does(() =>
{
    var demo = artifacts.Combine("demo");
    CleanDirectory(demo);
    var environment = new Dictionary<string, string>
    {
        // The freshly packed add-in; Cake adds the sources of the machine's NuGet.config (a company
        // feed or a mirror) after it, for the add-in's dependencies.
        ["CAKE_NUGET_SOURCE"] = packages.FullPath,
        ["CAKE_PATHS_ADDINS"] = demo.Combine("addins").FullPath,
    };

    IProcess emulator = null;
    var configured = !string.IsNullOrEmpty(EnvironmentVariable("ASC_API_URL")) && !string.IsNullOrEmpty(EnvironmentVariable("ASC_KEY_ID"));
    if (configured)
    {
        Information("ASC_API_URL and ASC_KEY_ID are set: rehearsing against {0}.", EnvironmentVariable("ASC_API_URL"));
    }
    else
    {
        emulator = StartEmulator(demo, environment);
    }

    try
    {
        var exitCode = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder().Append("cake").AppendQuoted(DemoScript(demo).FullPath).Append("--work=" + demo.FullPath)
                .Append("--sample-ipa-tool=" + root.CombineWithFilePath($"src/Cake.AppStoreConnect.SampleIpa/bin/{configuration}/net10.0/Cake.AppStoreConnect.SampleIpa.dll").FullPath)
                .Append("--verbosity=" + Context.Log.Verbosity.ToString().ToLowerInvariant()),
            WorkingDirectory = root,
            EnvironmentVariables = environment,
        });
        if (exitCode != 0)
        {
            throw new CakeException(exitCode, $"The rehearsal failed (exit code {exitCode}); its log above says which step and why.");
        }
    }
    finally
    {
        if (emulator is not null)
        {
            emulator.Kill();
            emulator.WaitForExit(10000);
            Information("Stopped the emulator.");
        }
    }
});

IProcess StartEmulator(DirectoryPath demo, IDictionary<string, string> environment)
{
    var envFile = demo.CombineWithFilePath("emulator.env");
    var emulatorDll = root.CombineWithFilePath($"src/Cake.AppStoreConnect.Emulator/bin/{configuration}/net10.0/Cake.AppStoreConnect.Emulator.dll");
    var process = StartAndReturnProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder()
            .AppendQuoted(emulatorDll.FullPath)
            .Append("--urls").Append("http://127.0.0.1:0")
            .Append("--seed").Append("demo")
            .Append("--processing-seconds").Append("1")
            .Append("--beta-review-seconds").Append("1")
            .Append("--review-seconds").Append("1")

            // Its uploads then live beside the state in the demo folder, which the next run cleans.
            .Append("--state-file").AppendQuoted(demo.CombineWithFilePath("emulator-state.json").FullPath)
            .Append("--env-file").AppendQuoted(envFile.FullPath),
        WorkingDirectory = demo,
    });

    var deadline = DateTime.UtcNow.AddSeconds(60);
    while (!FileExists(envFile) || System.IO.File.ReadAllText(envFile.FullPath).IndexOf("ASC_API_URL=", StringComparison.Ordinal) < 0)
    {
        if (DateTime.UtcNow > deadline)
        {
            process.Kill();
            throw new CakeException("The emulator did not start within 60 seconds; run it by hand to see why: dotnet run --project src/Cake.AppStoreConnect.Emulator -- --urls http://127.0.0.1:0 --seed demo --env-file emulator.env");
        }

        System.Threading.Thread.Sleep(100);
    }

    foreach (var line in System.IO.File.ReadAllLines(envFile.FullPath))
    {
        var separator = line.IndexOf('=');
        if (separator > 0)
        {
            environment[line.Substring(0, separator)] = line.Substring(separator + 1);
        }
    }

    Information("Started the App Store Connect emulator at {0}.", environment["ASC_API_URL"]);
    return process;
}

Task("CI")
    .Description("What the pipelines run: build, test, pack.")
    .IsDependentOn("Test")
    .IsDependentOn("Pack");

Task("Default").IsDependentOn("Test");

RunTarget(target);

// The Demo loads the add-in as a user's script does: by the exact version of the package just packed.
FilePath DemoScript(DirectoryPath demo)
{
    // Only the add-in's package: its version starts with a digit, where another package's name goes on (".Emulator").
    var version = GetFiles(packages.FullPath + "/Cake.AppStoreConnect.*.nupkg")
        .Select(p => p.GetFilenameWithoutExtension().FullPath.Substring("Cake.AppStoreConnect.".Length))
        .Single(v => char.IsDigit(v[0]));
    var script = demo.CombineWithFilePath("rehearsal.cake");
    System.IO.File.WriteAllText(script.FullPath,
        $"#addin nuget:?package=Cake.AppStoreConnect&version={version}&loaddependencies=true\n" +
        $"#load \"{root.CombineWithFilePath("build/demo.cake").FullPath}\"\n");
    return script;
}
