using System.Diagnostics;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>
/// <c>--exit-with-parent PID</c>: stops the emulator once the process that started it is gone. A script killed with
/// SIGKILL runs no clean-up of its own, so the emulator has to notice; once a second is cheap (one signal-0 probe).
/// </summary>
internal static class ParentWatch
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Finds the parent; <see langword="null"/> when it is already gone.</summary>
    public static Process? Find(int processId)
    {
        try
        {
            var process = Process.GetProcessById(processId);
            if (!IsGone(process))
            {
                return process;
            }

            process.Dispose();
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Completes when the parent is gone or <paramref name="token"/> is cancelled.</summary>
    public static async Task WaitUntilGoneAsync(Process parent, CancellationToken token)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                if (IsGone(parent))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The emulator is stopping for another reason.
        }
    }

    // A killed process whose own parent has not reaped it yet is a zombie: it still answers signal 0, yet it is gone.
    private static bool IsGone(Process process)
    {
        try
        {
            return process.HasExited || IsZombie(process.Id);
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static bool IsZombie(int processId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // /proc/PID/stat: "PID (name) STATE …"; the name may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var end = stat.LastIndexOf(')');
            return end > 0 && end + 2 < stat.Length && stat[end + 2] == 'Z';
        }
        catch (IOException)
        {
            return true;
        }
    }
}
