using System.Diagnostics;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>Whether a process the code under test started is still there.</summary>
public static class Processes
{
    /// <summary>
    /// Whether the emulator process <paramref name="id"/> is gone. Process ids are reused, so a live process under
    /// that id that is neither the asc-emulator tool nor dotnet counts as gone.
    /// </summary>
    public static bool IsGone(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited || (!process.ProcessName.Contains("asc-emulator", StringComparison.Ordinal) && !process.ProcessName.Contains("dotnet", StringComparison.Ordinal));
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
