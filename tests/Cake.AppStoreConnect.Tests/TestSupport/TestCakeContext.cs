using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>Builds a real <see cref="CakeContext"/> from Cake.Core's own classes.</summary>
public static class TestCakeContext
{
    public static (ICakeContext Context, TestCakeEnvironment Environment, CapturingLog Log) Create(IDictionary<string, string>? variables = null, string? workingDirectory = null)
    {
        var environment = new TestCakeEnvironment();
        if (workingDirectory is not null)
        {
            environment.WorkingDirectory = new DirectoryPath(workingDirectory);
        }

        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            environment.Variables[name] = value;
        }

        var log = new CapturingLog();
        var fileSystem = new FileSystem();
        var globber = new Globber(fileSystem, environment);
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        var tools = new ToolLocator(environment, new ToolRepository(environment), new ToolResolutionStrategy(fileSystem, environment, globber, configuration, log));
        var context = new CakeContext(
            fileSystem,
            environment,
            globber,
            log,
            new CakeArguments(Array.Empty<KeyValuePair<string, string>>().ToLookup(p => p.Key, p => p.Value)),
            new ProcessRunner(fileSystem, environment, log, tools, configuration),
            new WindowsRegistry(),
            tools,
            new CakeDataService(),
            configuration,
            new NoToolInstaller(),
            new EmptyServiceProvider());
        return (context, environment, log);
    }

    private sealed class NoToolInstaller : IToolInstaller
    {
        public IEnumerable<FilePath> Install(Cake.Core.Packaging.PackageReference tool) => throw new NotSupportedException("Tests install no tools.");
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
