using Cake.AppStoreConnect.Client;

namespace Cake.AppStoreConnect.Core;

/// <summary>
/// Checks where an alias will write (reviews, testers, reports) before its first request, so a wrong
/// path costs nothing and says what to change, instead of failing after the downloads with .NET's own
/// text. The policy is one for every output: a missing folder is created, an existing file is replaced.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Makes sure <paramref name="file"/> can be written (created or replaced).</summary>
    /// <param name="file">The absolute file path.</param>
    /// <param name="setting">The setting or argument that named it, for the message.</param>
    /// <exception cref="IOException">The file cannot be written; the message says why and what to do.</exception>
    public static void CheckFile(string file, string setting)
    {
        var full = Path.GetFullPath(file);
        if (Directory.Exists(full))
        {
            throw new IOException($"{setting} '{full}' is a folder, not a file. Name a file inside it. Nothing was requested.");
        }

        CheckFolder(Path.GetDirectoryName(full) ?? full, setting);
        if (!File.Exists(full))
        {
            return;
        }

        try
        {
            // Opening for writing without truncating tells whether the replace will work, and changes nothing.
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new IOException($"{setting} '{full}' exists and cannot be replaced ({Reason(ex)}). Make it writable, close the program holding it, or choose another file. Nothing was requested.", ex);
        }
    }

    /// <summary>Makes sure files can be written in <paramref name="folder"/>, creating it when missing.</summary>
    /// <param name="folder">The absolute folder path.</param>
    /// <param name="setting">The setting or argument that named it, for the message.</param>
    /// <exception cref="IOException">The folder cannot be made or written; the message says why and what to do.</exception>
    public static void CheckFolder(string folder, string setting)
    {
        var full = Path.GetFullPath(folder);
        for (var part = full; !string.IsNullOrEmpty(part); part = Path.GetDirectoryName(part))
        {
            if (File.Exists(part))
            {
                throw new IOException($"{setting} needs the folder '{full}', but '{part}' is a file. Move that file, or choose another path. Nothing was requested.");
            }

            if (Directory.Exists(part))
            {
                break;
            }
        }

        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".asc-write-check-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new IOException($"{setting}: files cannot be written in '{full}' ({Reason(ex)}). Choose a folder this build may write to, such as one under the working directory. Nothing was requested.", ex);
        }
    }

    // The kind of failure, without .NET's sentence around it.
    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException io when io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "read-only file system",
        IOException io when io.Message.Contains("No space", StringComparison.OrdinalIgnoreCase) => "disk full",
        _ => AscText.Echo(ex.Message),
    };
}
