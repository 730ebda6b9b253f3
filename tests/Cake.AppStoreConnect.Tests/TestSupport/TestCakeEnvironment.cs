using Cake.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// Cake's real environment, except that environment variables come only from the test, so a machine's
/// own ASC_* variables can never leak into (or out of) a test.
/// </summary>
public sealed class TestCakeEnvironment : ICakeEnvironment
{
    private readonly CakeEnvironment _inner = new(new CakePlatform(), new CakeRuntime());

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    // Cake's own setter changes the process's current directory; tests keep theirs private instead.
    public DirectoryPath WorkingDirectory { get; set; } = new(Directory.GetCurrentDirectory());

    public DirectoryPath ApplicationRoot => _inner.ApplicationRoot;

    public ICakePlatform Platform => _inner.Platform;

    public ICakeRuntime Runtime => _inner.Runtime;

    public DirectoryPath UserHomeDirectory => _inner.UserHomeDirectory;

    public string? GetEnvironmentVariable(string variable) => Variables.GetValueOrDefault(variable);

    public IDictionary<string, string> GetEnvironmentVariables() => new Dictionary<string, string>(Variables);

    public DirectoryPath GetSpecialPath(SpecialPath path) => _inner.GetSpecialPath(path);
}
