using Cake.AppStoreConnect.Emulator.OpenApi;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// Locates the shared fixtures (real app archives, Apple's OpenAPI spec) that live beside the repository,
/// not in it. A user's clone has no such folder, so tests that need it call <see cref="RequireShared"/>
/// and are ignored with a message instead of failing.
/// </summary>
public static class SharedFixtures
{
    /// <summary>The environment variable that points at the shared folder explicitly.</summary>
    public const string EnvironmentVariable = "ASC_SHARED_DIR";

    /// <summary>The file name of Apple's OpenAPI spec for App Store Connect, version 4.4.1.</summary>
    public const string SpecFileName = "app-store-connect-api-4.4.1.json";

    private const string SolutionFile = "Cake.AppStoreConnect.sln";

    private static readonly Lazy<(string? Path, string Missing)> Root = new(FindRoot);

    // Apple's document is 3.4 MB: parsed once per test run and shared, read-only, by every emulator that checks the contract.
    private static readonly Lazy<OpenApiSpec?> ParsedSpec = new(() => SpecPath() is { } path ? OpenApiSpec.Load(path) : null);

    /// <summary>The shared folder, or <see langword="null"/> when it cannot be found.</summary>
    public static string? RootDirectory => Root.Value.Path;

    /// <summary>The folder of real app archives (<c>fixtures/apps</c>).</summary>
    public static string AppsDirectory => Path.Combine(RequireShared(), "fixtures", "apps");

    /// <summary>Apple's OpenAPI spec for App Store Connect, version 4.4.1; ignores the test when absent.</summary>
    public static string Spec => SpecPath() ?? IgnoreAndReturn($"Apple's spec ({SpecFileName}) is not available: set {EnvironmentVariable} or place it in ../shared/apple beside the clone.");

    /// <summary>Apple's spec parsed, shared by the whole run, or <see langword="null"/> when the file is absent.</summary>
    internal static OpenApiSpec? ParsedSpecOrNull => ParsedSpec.Value;

    /// <summary>The path of Apple's spec, or <see langword="null"/> when the shared folder or the file is absent.</summary>
    public static string? SpecPath()
    {
        var path = Root.Value.Path is { } root ? Path.Combine(root, "apple", SpecFileName) : null;
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>The folder holding the solution file, found by walking up from the test assembly.</summary>
    public static string? SolutionDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The path of a fixture archive, e.g. <c>App("iOSAppOnly.ipa")</c>; ignores the test when absent.</summary>
    public static string App(string fileName)
    {
        var path = Path.Combine(AppsDirectory, fileName);
        if (!File.Exists(path))
        {
            Assert.Ignore($"The shared fixture '{path}' does not exist; the test needs it.");
        }

        return path;
    }

    /// <summary>Returns the shared folder, or ignores the calling test with a message saying how to provide it.</summary>
    public static string RequireShared()
    {
        var (root, missing) = Root.Value;
        if (root is null)
        {
            Assert.Ignore($"Shared fixtures not found: {missing} Tests that need them are skipped without it.");
        }

        return root!;
    }

    private static (string? Path, string Missing) FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var full = Path.GetFullPath(fromEnvironment);
            return System.IO.Directory.Exists(full)
                ? (full, string.Empty)
                : (null, $"{EnvironmentVariable} is set to '{full}', which does not exist.");
        }

        if (SolutionDirectory() is { } solution)
        {
            var shared = Path.GetFullPath(Path.Combine(solution, "..", "shared"));
            return System.IO.Directory.Exists(shared)
                ? (shared, string.Empty)
                : (null, $"'{shared}' does not exist; place the shared folder there or set {EnvironmentVariable}.");
        }

        return (null, $"no folder above '{AppContext.BaseDirectory}' holds {SolutionFile}; set {EnvironmentVariable} to the shared folder.");
    }

    private static string IgnoreAndReturn(string message)
    {
        Assert.Ignore(message);
        return string.Empty;
    }
}
