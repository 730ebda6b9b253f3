namespace Cake.AppStoreConnect.Tests.PublicApi;

/// <summary>
/// Every change to the add-in's public surface shows in review as a change to
/// <c>Cake.AppStoreConnect.approved.txt</c>. Accept an intended change with
/// <c>ACCEPT_PUBLIC_API=1 dotnet test tests/Cake.AppStoreConnect.Tests -c Release --filter "FullyQualifiedName~Tests.PublicApi."</c>,
/// which rewrites the file; then commit it with the change.
/// </summary>
public sealed class PublicApiTests
{
    private const string AcceptVariable = "ACCEPT_PUBLIC_API";

    [Test]
    public void Should_Match_The_Approved_Public_Api()
    {
        // Given
        var approvedFile = ApprovedFile();
        var actual = PublicApiText.For(typeof(AppStoreConnectAliases).Assembly);

        // When
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedFile, actual);
        }

        // Then
        var approved = File.Exists(approvedFile) ? File.ReadAllText(approvedFile).ReplaceLineEndings("\n") : string.Empty;
        Assert.That(approved == actual, Is.True, () => Difference(approved, actual, approvedFile));
    }

    [Test]
    public void Should_Not_Ship_The_Sample_Ipa_Builder()
    {
        var exported = typeof(AppStoreConnectAliases).Assembly.GetExportedTypes().Select(t => t.Name);

        Assert.That(exported, Has.None.EqualTo("SampleIpaBuilder"), "fixture generators live in src/Cake.AppStoreConnect.SampleIpa, which is not packed");
    }

    private static string Difference(string approved, string actual, string approvedFile)
    {
        var before = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var removed = before.Except(after).Order(StringComparer.Ordinal).Select(l => "- " + l);
        var added = after.Except(before).Order(StringComparer.Ordinal).Select(l => "+ " + l);
        return $"The add-in's public API differs from {approvedFile}:\n{string.Join("\n", removed.Concat(added))}\n\n"
            + $"If the change is intended, accept it and commit the file:\n  {AcceptVariable}=1 dotnet test tests/Cake.AppStoreConnect.Tests -c Release --filter \"FullyQualifiedName~Tests.PublicApi.\"\n";
    }

    // Found from the test assembly up to the clone's root: CI builds map source paths, so the
    // compiler's caller file path would not point into the clone.
    private static string ApprovedFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cake.AppStoreConnect.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "Cake.AppStoreConnect.Tests", "PublicApi", "Cake.AppStoreConnect.approved.txt");
            }
        }

        throw new InvalidOperationException($"No Cake.AppStoreConnect.sln above {AppContext.BaseDirectory}: run the tests from a clone.");
    }
}
