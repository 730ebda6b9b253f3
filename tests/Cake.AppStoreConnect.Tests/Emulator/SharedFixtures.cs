namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Finds <c>../shared</c> (Apple's spec and notes) beside the clone: through <c>ASC_SHARED_DIR</c> or by walking up to the solution.</summary>
internal static class SharedFixtures
{
    public const string SpecFileName = "app-store-connect-api-4.4.1.json";

    public static string? SpecPath()
    {
        var shared = Environment.GetEnvironmentVariable("ASC_SHARED_DIR") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : SolutionDirectory() is { } solution ? Path.Combine(solution, "..", "shared") : null;
        var path = shared is null ? null : Path.Combine(shared, "apple", SpecFileName);
        return path is not null && File.Exists(path) ? Path.GetFullPath(path) : null;
    }

    public static string SpecPathOrIgnore() =>
        SpecPath() ?? IgnoreAndReturn($"Apple's spec ({SpecFileName}) is not available: set ASC_SHARED_DIR or place it in ../shared/apple beside the clone.");

    public static string? SolutionDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cake.AppStoreConnect.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string IgnoreAndReturn(string message)
    {
        Assert.Ignore(message);
        return "";
    }
}
