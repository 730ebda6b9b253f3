using System.Text;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>Writes the <c>.p8</c> and the dotenv file of <c>--env-file</c>, the private key readable by its owner only.</summary>
internal static class CredentialFiles
{
    public static string WritePrivateKey(string directory, string keyId, string pem)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"AuthKey_{keyId}.p8");
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(pem);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode only applies to new files; an overwritten key keeps no looser mode.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    public static void WriteEnvFile(string path, EmulatorKey key, Uri apiUrl, string? controlToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var lines = new List<string>
        {
            $"ASC_KEY_ID={key.KeyId}",
            $"ASC_ISSUER_ID={key.IssuerId}",
            $"ASC_PRIVATE_KEY_PATH={key.PrivateKeyPath}",
            $"ASC_API_URL={apiUrl.GetLeftPart(UriPartial.Authority)}",
        };
        if (controlToken is not null)
        {
            lines.Add($"ASC_EMULATOR_CONTROL_TOKEN={controlToken}");
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        if (controlToken is not null && !OperatingSystem.IsWindows())
        {
            // The token guards a reachable emulator: readable by its owner only, like the key.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
