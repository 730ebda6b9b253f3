// The project's own build: ./build.sh --target=<Target>
// Targets: Clean, Restore, Build, Test (default), Pack, CI (Test + Pack).

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

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var settings = new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        ResultsDirectory = testResults,
        Loggers = { "trx;LogFileName=tests.trx", "console;verbosity=normal" },
    };
    if (!string.IsNullOrEmpty(testFilter))
    {
        settings.Filter = testFilter;
    }
    DotNetTest(solution.FullPath, settings);
});

Task("Pack")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(packages);
    DotNetPack(root.CombineWithFilePath("src/Cake.AppStoreConnect/Cake.AppStoreConnect.csproj").FullPath, new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        OutputDirectory = packages,
    });
});

Task("CI")
    .Description("What the pipelines run: build, test, pack.")
    .IsDependentOn("Test")
    .IsDependentOn("Pack");

Task("Default").IsDependentOn("Test");

RunTarget(target);
