using System.Reflection;
using Cake.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>Finds the emulator the Cake way: the settings' path, else Cake's tool locator (tools/, where <c>#tool</c> installs, then PATH).</summary>
internal static class EmulatorToolFinder
{
    public const string Command = "asc-emulator";

    public static FilePath Find(ICakeContext context, AscEmulatorSettings settings)
    {
        if (settings.ToolPath is { } path)
        {
            var absolute = path.MakeAbsolute(context.Environment);
            return context.FileSystem.GetFile(absolute).Exists
                ? absolute
                : throw new AscEmulatorException($"The emulator set on the settings (ToolPath, .WithToolPath(..)) does not exist: {absolute.FullPath}. Point it at the asc-emulator executable or the emulator's .dll.");
        }

        foreach (var name in OperatingSystem.IsWindows() ? new[] { Command + ".exe", Command } : [Command])
        {
            if (context.Tools.Resolve(name) is { } found)
            {
                return found;
            }
        }

        var version = AddInVersion();
        throw new AscEmulatorException(
            $"The {Command} tool was not found in Cake's tools folder or on PATH. Add #tool dotnet:?package=Cake.AppStoreConnect.Emulator&version={version} to the script " +
            $"(the add-in's own version), or install it with dotnet tool install --tool-path ./tools Cake.AppStoreConnect.Emulator --version {version}, " +
            "or set its path on the settings (.WithToolPath(..)).");
    }

    private static string AddInVersion() =>
        typeof(EmulatorToolFinder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "VERSION";
}
