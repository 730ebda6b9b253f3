using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Tests.RealRunner;

namespace Cake.AppStoreConnect.Tests.Conventions;

/// <summary>
/// The build, the scripts and the tests use the package sources the machine is configured with (a
/// company feed or a mirror); none names a public feed of its own.
/// </summary>
public sealed partial class PackageSourceConventionTests
{
    [Test]
    public void Should_Name_No_Package_Source_In_The_Build_Scripts_Or_Tests()
    {
        var root = PackedAddIn.RepositoryRoot;
        var files = new[] { "build", "recipe", "src", "tests", "benchmarks" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is ".cake" or ".cs" or ".csproj" or ".props" or ".targets" or ".json" or ".config" or ".sh" or ".ps1" or ".yml")
            .Concat(Directory.EnumerateFiles(root, "*.*", SearchOption.TopDirectoryOnly).Where(f => Path.GetExtension(f) is ".props" or ".targets" or ".sh" or ".ps1" or ".yml" or ".config" or ".json"));

        var offenders = files
            .Where(f => !f.EndsWith(nameof(PackageSourceConventionTests) + ".cs", StringComparison.Ordinal))
            .Where(f => PublicFeed().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.That(offenders, Is.Empty, "use the machine's NuGet configuration (Cake adds its sources after CAKE_NUGET_SOURCE)");
    }

    [GeneratedRegex(@"nuget\.org|api\.nuget|myget\.org", RegexOptions.IgnoreCase)]
    private static partial Regex PublicFeed();
}
