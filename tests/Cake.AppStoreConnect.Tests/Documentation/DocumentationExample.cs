using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Tests.Documentation;

/// <summary>A fenced C# block of the README or docs/, as a reader copies it.</summary>
public sealed partial record DocumentationExample(string File, int Line, string Code)
{
    /// <summary>Gets a value indicating whether this is a Cake Frosting task (C# in a project) rather than a Cake script.</summary>
    public bool IsFrosting => Code.Contains("FrostingTask<", StringComparison.Ordinal);

    /// <summary>Every ```csharp block of README.md and docs/*.md.</summary>
    public static IReadOnlyList<DocumentationExample> All(string repositoryRoot)
    {
        var files = new[] { Path.Combine(repositoryRoot, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(repositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal));
        return files.SelectMany(f => Extract(Path.GetRelativePath(repositoryRoot, f), System.IO.File.ReadAllText(f))).ToList();
    }

    /// <summary>The ```csharp blocks of one markdown text.</summary>
    public static IEnumerable<DocumentationExample> Extract(string file, string markdown)
    {
        foreach (Match block in FencedCSharp().Matches(markdown))
        {
            var line = markdown.AsSpan(0, block.Index).Count('\n') + 2;
            yield return new DocumentationExample(file, line, block.Groups["code"].Value);
        }
    }

    public override string ToString() => $"{File}:{Line}";

    [GeneratedRegex(@"^```csharp[ \t]*\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCSharp();
}
