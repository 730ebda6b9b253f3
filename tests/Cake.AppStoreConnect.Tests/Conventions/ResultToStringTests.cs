using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Cake.AppStoreConnect.Builds;

namespace Cake.AppStoreConnect.Tests.Conventions;

/// <summary>
/// A script prints an alias's result with Information("{0}", result). A record's generated ToString
/// prints a list as System.Collections.Generic.List`1[System.String], so a result record holding a
/// collection writes its own.
/// </summary>
public sealed class ResultToStringTests
{
    // Credentials/ is being reworked on the lead's branch (issue 11); its result is left to that change.
    private static readonly string[] LeftToOtherWork = ["Cake.AppStoreConnect.Credentials.AscCredentialCheck"];

    [Test]
    public void Should_Give_Every_Result_Record_With_A_Collection_Its_Own_ToString()
    {
        var generated = typeof(AscUploadBuildResult).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null)
            .Where(t => t.Namespace is { } ns && !ns.StartsWith("Cake.AppStoreConnect.Client", StringComparison.Ordinal))
            .Where(t => t.GetProperties().Any(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
            .Where(t => t.GetMethod(nameof(ToString), Type.EmptyTypes)!.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
            .Select(t => t.FullName)
            .Except(LeftToOtherWork);

        Assert.That(generated, Is.Empty);
    }
}
