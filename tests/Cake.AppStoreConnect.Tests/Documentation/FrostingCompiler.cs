using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cake.AppStoreConnect.Tests.Documentation;

/// <summary>
/// Compiles a Cake Frosting example as the C# file of a Frosting project: no implicit usings (the
/// example shows the ones it needs), against .NET, Cake.Core, Cake.Common and the add-in.
/// </summary>
/// <remarks>
/// Cake.Frosting is not on this machine's package source, so the few Frosting types the examples use
/// are declared here for the compiler only, with Cake.Frosting's names, namespace, base type and the
/// members a task overrides. An example that misuses them still fails; one that uses another Frosting
/// type fails until it is declared here. A project made from Frosting's template has a
/// <c>BuildContext</c>; it is declared the same way unless the example declares its own.
/// </remarks>
internal static class FrostingCompiler
{
    private const string FrostingTypes = """
        namespace Cake.Frosting
        {
            public abstract class FrostingTask<TContext> where TContext : Cake.Core.ICakeContext
            {
                public virtual void Run(TContext context) { }
            }

            public abstract class AsyncFrostingTask<TContext> where TContext : Cake.Core.ICakeContext
            {
                public virtual System.Threading.Tasks.Task RunAsync(TContext context) => System.Threading.Tasks.Task.CompletedTask;
            }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class TaskNameAttribute : System.Attribute
            {
                public TaskNameAttribute(string name) => Name = name;

                public string Name { get; }
            }

            public class FrostingContext : Cake.Core.CakeContextAdapter
            {
                public FrostingContext(Cake.Core.ICakeContext context) : base(context) { }
            }
        }
        """;

    private const string TemplateBuildContext = """
        public class BuildContext : Cake.Frosting.FrostingContext
        {
            public BuildContext(Cake.Core.ICakeContext context) : base(context) { }
        }
        """;

    /// <summary>Compiles the example.</summary>
    /// <returns>Every error in the example (none when it compiles).</returns>
    public static IReadOnlyList<string> Compile(string code)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(code, path: "Example.cs"), CSharpSyntaxTree.ParseText(FrostingTypes, path: "Frosting.cs") };
        if (!code.Contains("class BuildContext", StringComparison.Ordinal))
        {
            trees.Add(CSharpSyntaxTree.ParseText(TemplateBuildContext, path: "BuildContext.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "FrostingExample",
            trees,
            CakeScriptCompiler.ProjectReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }
}
