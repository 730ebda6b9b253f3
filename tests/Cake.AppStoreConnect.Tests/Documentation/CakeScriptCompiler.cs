using System.Reflection;
using Cake.AppStoreConnect.Tests.TestSupport;
using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Scripting;
using Cake.Core.Scripting.Analysis;
using Cake.Core.Scripting.Processors.Loading;
using Cake.Infrastructure.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Cake.AppStoreConnect.Tests.Documentation;

/// <summary>
/// Compiles a Cake script the way <c>dotnet cake</c> does, without running it: Cake's script analyzer
/// (directives, <c>#load</c>, <c>using</c> lines), Cake's alias finder over Cake.Common and the add-in,
/// Cake's default namespaces plus the aliases' namespace imports, Cake's own Roslyn code generator, and
/// the reference assemblies Cake.Tool compiles against. Only the run is left out.
/// </summary>
internal static class CakeScriptCompiler
{
    private static readonly Assembly[] AliasAssemblies = [typeof(ICakeContext).Assembly, typeof(LoggingAliases).Assembly, typeof(AppStoreConnectAliases).Assembly];

    /// <summary>Compiles the script file.</summary>
    /// <returns>The add-ins it loads with <c>#addin</c>, and every error (none when it compiles).</returns>
    public static (IReadOnlyList<PackageReference> Addins, IReadOnlyList<string> Errors) Compile(string scriptPath)
    {
        var (context, environment, log) = TestCakeContext.Create(workingDirectory: System.IO.Path.GetDirectoryName(scriptPath));
        var analyzer = new ScriptAnalyzer(context.FileSystem, environment, log, [new BesideTheScript(), new RecipePackage()]);
        var analysis = analyzer.Analyze(new FilePath(scriptPath), new ScriptAnalyzerSettings());
        if (!analysis.Succeeded)
        {
            return (analysis.Addins.ToList(), analysis.Errors.Select(e => $"{e.File?.GetFilename()}({e.Line}): {e.Message}").ToList());
        }

        var aliases = new ScriptAliasFinder(log).FindAliases(AliasAssemblies);
        var conventions = new ScriptConventions(context.FileSystem, null!, environment.Runtime, null!);
        var namespaces = new HashSet<string>(analysis.Namespaces, StringComparer.Ordinal);
        namespaces.UnionWith(conventions.GetDefaultNamespaces());
        namespaces.UnionWith(aliases.SelectMany(a => a.Namespaces));

        var script = new Cake.Core.Scripting.Script(namespaces, analysis.Lines, aliases, analysis.UsingAliases, analysis.UsingStaticDirectives, analysis.Defines);
        var code = new RoslynCodeGenerator().Generate(script);
        var options = ScriptOptions.Default
            .WithReferences(ScriptReferences())
            .WithMetadataResolver(new GivenReferencesOnly())
            .WithImports(namespaces.Order(StringComparer.Ordinal));
        var compilation = CSharpScript.Create(code, options, typeof(ScriptHost)).GetCompilation();
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
        return (analysis.Addins.ToList(), errors);
    }

    /// <summary>
    /// What a script compiles against: as in Cake's script session, the running .NET's own assemblies
    /// (Roslyn scripting adds its core library), Cake with the dependency injection it imports, the
    /// add-in and the dependencies <c>loaddependencies=true</c> brings.
    /// </summary>
    public static IEnumerable<MetadataReference> ScriptReferences() =>
        Directory.GetFiles(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Concat(CakeAndAddIn().Append(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly).Select(a => a.Location))
            .Select(path => MetadataReference.CreateFromFile(path));

    /// <summary>What a project compiles against: .NET's reference assemblies, Cake, the add-in and its dependencies.</summary>
    public static IEnumerable<MetadataReference> ProjectReferences() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Concat(CakeAndAddIn().Select(a => MetadataReference.CreateFromFile(a.Location)));

    private static IEnumerable<Assembly> CakeAndAddIn() =>
        new[] { typeof(ScriptHost).Assembly, typeof(LoggingAliases).Assembly, typeof(AppStoreConnectAliases).Assembly }
            .Concat(typeof(AppStoreConnectAliases).Assembly.GetReferencedAssemblies()
                .Where(n => n.Name is not null && (n.Name.StartsWith("Polly", StringComparison.Ordinal) || n.Name.Contains("IdentityModel", StringComparison.Ordinal)))
                .Select(Assembly.Load));

    /// <summary>No assembly beyond the ones given: a reference an example lacks is a compile error, not a search of this machine.</summary>
    private sealed class GivenReferencesOnly : MetadataReferenceResolver
    {
        public override bool ResolveMissingAssemblies => false;

        public override bool Equals(object? other) => other is GivenReferencesOnly;

        public override int GetHashCode() => nameof(GivenReferencesOnly).GetHashCode(StringComparison.Ordinal);

        public override System.Collections.Immutable.ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];
    }

    /// <summary>
    /// <c>#load nuget:?package=Cake.AppStoreConnect.Recipe&amp;version=…</c>: the package's content is the repository's
    /// recipe/ folder (recipe/Cake.AppStoreConnect.Recipe.csproj packs its .cake files). Any other package is an error,
    /// as is a version other than the one the build makes.
    /// </summary>
    private sealed class RecipePackage : ILoadDirectiveProvider
    {
        public bool CanLoad(IScriptAnalyzerContext context, LoadReference reference) => reference.Scheme is "nuget";

        public void Load(IScriptAnalyzerContext context, LoadReference reference)
        {
            var package = reference.Parameters.TryGetValue("package", out var names) ? names.Single() : null;
            var version = reference.Parameters.TryGetValue("version", out var versions) ? versions.Single() : null;
            if (package != "Cake.AppStoreConnect.Recipe" || version != BuiltVersion)
            {
                context.AddScriptError($"#load nuget: names {package} {version ?? "(no version)"}; the build makes Cake.AppStoreConnect.Recipe {BuiltVersion}.");
                return;
            }

            foreach (var file in Directory.GetFiles(System.IO.Path.Combine(Cake.AppStoreConnect.Tests.RealRunner.PackedAddIn.RepositoryRoot, "recipe"), "*.cake"))
            {
                context.Analyze(new FilePath(file));
            }
        }
    }

    /// <summary>Gets the version the build gives the packages, without its pre-release label (1.0.0 for 1.0.0-alpha.0.12+abc).</summary>
    public static string BuiltVersion =>
        typeof(AppStoreConnectAliases).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('-', '+')[0];

    /// <summary><c>#load ./file.cake</c>, relative to the script that says it, as Cake's file provider reads it.</summary>
    private sealed class BesideTheScript : ILoadDirectiveProvider
    {
        public bool CanLoad(IScriptAnalyzerContext context, LoadReference reference) => reference.Scheme is "local";

        public void Load(IScriptAnalyzerContext context, LoadReference reference)
        {
            var path = new FilePath(reference.Parameters["path"].Single()).MakeAbsolute(context.Current.Path.GetDirectory());
            context.Analyze(path);
        }
    }
}
