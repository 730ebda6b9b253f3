using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Tests.RealRunner;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Documentation;

/// <summary>
/// Every C# example of README.md and docs/ compiles as the reader copies it: Cake scripts as Cake
/// compiles them, Frosting tasks as C# of a Frosting project; and they name the version the build makes.
/// </summary>
public sealed partial class DocumentationExamplesTests
{
    private static string Root => PackedAddIn.RepositoryRoot;

    private static string BuiltVersion => CakeScriptCompiler.BuiltVersion;

    private static IEnumerable<TestCaseData> Examples() =>
        DocumentationExample.All(Root).Select(e => new TestCaseData(e).SetArgDisplayNames(e.ToString()));

    private static (IReadOnlyList<string> Errors, IReadOnlyList<string> AddinVersions) CompileScript(string code, string? file = null)
    {
        using var directory = new TemporaryDirectory();

        // The recipe example loads the recipe from beside the script, where its header says to copy it.
        File.Copy(Path.Combine(Root, "recipe", "appstoreconnect.cake"), directory.File("appstoreconnect.cake"));
        var script = directory.File(file ?? "example.cake");
        File.WriteAllText(script, code);
        var (addins, errors) = CakeScriptCompiler.Compile(script);
        var versions = addins.Select(a => $"{a.Package} {(a.Parameters.TryGetValue("version", out var v) ? string.Join(",", v) : "(no version)")}").ToList();
        return (errors, versions);
    }

    [Test]
    public void Should_Find_Cake_And_Frosting_Examples_In_The_Readme_And_Every_Doc()
    {
        var examples = DocumentationExample.All(Root);

        Assert.Multiple(() =>
        {
            Assert.That(examples.Select(e => e.File).Distinct(), Is.SupersetOf(new[] { "README.md", Path.Combine("docs", "testflight.md"), Path.Combine("docs", "appstore.md"), Path.Combine("docs", "reviews-and-reports.md"), Path.Combine("docs", "listing.md") }));
            Assert.That(examples.Count(e => e.IsFrosting), Is.GreaterThanOrEqualTo(4));
            Assert.That(examples.Count(e => !e.IsFrosting), Is.GreaterThanOrEqualTo(12));
        });
    }

    private static IEnumerable<TestCaseData> AnalyticsAliasExamples()
    {
        var docs = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(typeof(AppStoreConnectAliases).Assembly.Location, ".xml"));
        return docs.Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("M:Cake.AppStoreConnect.AppStoreConnectAliases.Asc", StringComparison.Ordinal) == true)
            .Where(m => Regex.IsMatch((string)m.Attribute("name")!, @"\.Asc(GetPerformanceMetrics|GetDiagnostics|CheckPerformance)\("))
            .Select(m => new TestCaseData((string)m.Attribute("name")!, m.Element("example")!.Element("code")!.Value).SetArgDisplayNames((string)m.Attribute("name")!));
    }

    // The performance aliases' XML examples, as a script writes them after an upload (the id forms use its result).
    [TestCaseSource(nameof(AnalyticsAliasExamples))]
    public void Should_Compile_The_Performance_Aliases_Xml_Examples(string member, string code)
    {
        var (errors, _) = CompileScript($"var upload = AscUploadBuild(\"./App.ipa\");\n{code}");

        Assert.That(errors, Is.Empty, $"the example of {member} does not compile as a Cake script");
    }

    [TestCaseSource(nameof(Examples))]
    public void Should_Compile(DocumentationExample example)
    {
        if (example.IsFrosting)
        {
            Assert.That(FrostingCompiler.Compile(example.Code), Is.Empty, $"{example} does not compile as a Frosting task");
            return;
        }

        var (errors, addins) = CompileScript(example.Code);
        Assert.That(errors, Is.Empty, $"{example} does not compile as a Cake script");
        Assert.That(addins, Has.All.EqualTo($"Cake.AppStoreConnect {BuiltVersion}"), $"{example} loads the add-in the build makes");
    }

    [Test]
    public void Should_Compile_The_Example_Pipelines_Release_Script()
    {
        var (errors, addins) = CompileScript(File.ReadAllText(Path.Combine(Root, "docs", "examples", "release.cake")), "release.cake");

        Assert.That(errors, Is.Empty);
        Assert.That(addins, Is.EqualTo(new[] { $"Cake.AppStoreConnect {BuiltVersion}" }));
    }

    [Test]
    public void Should_Report_A_Script_Example_That_Does_Not_Compile()
    {
        // FileReadText is Cake.FileHelpers', not Cake's: the examples that called it did not compile.
        var (errors, _) = CompileScript("""
            Task("Beta").Does(() =>
            {
                AscDistributeBuild(s => s.ForBuild("com.example.app", "1.4.0", "57").WithWhatToTest(FileReadText("./CHANGELOG-beta.md")));
            });
            """);

        Assert.That(errors, Has.Some.Contains("CS0103").And.Contains("FileReadText"));
    }

    [Test]
    public void Should_Compile_A_Script_With_The_Aliases_And_Settings_Types_Cake_Imports()
    {
        // No using line: Cake imports the add-in's namespaces from its aliases, as a real run does.
        var (errors, _) = CompileScript("""
            var settings = new AscUploadBuildSettings { DryRun = true };
            Task("Upload").Does(() => Information("{0}", AscUploadBuild("./MyApp.ipa", settings)));
            RunTarget("Upload");
            """);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Should_Report_A_Frosting_Example_Without_The_Using_Lines_It_Needs()
    {
        var errors = FrostingCompiler.Compile("""
            using Cake.Frosting;

            public sealed class UploadTask : FrostingTask<BuildContext>
            {
                public override void Run(BuildContext context) => context.AscUploadBuild("./MyApp.ipa");
            }
            """);

        Assert.That(errors, Has.Some.Contains("AscUploadBuild"));
    }

    [Test]
    public void Should_Name_The_Version_The_Build_Makes_Wherever_The_Add_In_Is_Referenced()
    {
        // README.md, docs/ and the example pipelines tell users which version to load.
        var files = new[] { Path.Combine(Root, "README.md"), Path.Combine(Root, "recipe", "appstoreconnect.cake"), Path.Combine(Root, "recipe", "PackageReadme.md"), Path.Combine(Root, "src", "Cake.AppStoreConnect.Emulator", "PackageReadme.md") }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md"))
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs", "examples")));
        var mentions = files
            .SelectMany(f => VersionMentions().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(Root, f), Version: m.Groups["version"].Value)))
            .ToList();

        Assert.That(mentions, Is.Not.Empty);
        Assert.That(mentions.Where(m => m.Version != BuiltVersion).Select(m => $"{m.File} names {m.Version}"), Is.Empty, $"the build makes Cake.AppStoreConnect {BuiltVersion}");
    }

    // The add-in, the recipe and the emulator tool carry one version: #addin, #load nuget, #tool, PackageReference, dotnet tool install.
    [GeneratedRegex(@"(?:package=Cake\.AppStoreConnect(?:\.Recipe|\.Emulator)?&version=|Include=""Cake\.AppStoreConnect"" Version=""|Cake\.AppStoreConnect\.Emulator --version |Cake\.AppStoreConnect\.Emulator@)(?<version>[0-9]+(?:\.[0-9A-Za-z-]+)*)")]
    private static partial Regex VersionMentions();
}
