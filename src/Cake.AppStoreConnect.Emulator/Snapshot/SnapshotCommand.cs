using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.Resources;
using Cake.AppStoreConnect.Emulator.Seeding;

namespace Cake.AppStoreConnect.Emulator.Snapshot;

/// <summary>
/// <c>snapshot --out state.json</c>: reads the user's account with their key (GET only) and writes a state file the
/// emulator loads with <c>--state-file</c>.
/// </summary>
internal static class SnapshotCommand
{
    public const string Name = "snapshot";

    public const string Usage = """
        App Store Connect emulator: snapshot of your account (read-only)

          snapshot --out PATH          write the state file (load it with --state-file PATH)
          --keep-personal-data         keep testers' emails and names (default: placeholders)
          --api-url URL                the API to read (default ASC_API_URL, else https://api.appstoreconnect.apple.com)

        The key is read as the add-in reads it: ASC_KEY_ID, ASC_ISSUER_ID (none for an individual key) and
        ASC_PRIVATE_KEY, ASC_PRIVATE_KEY_BASE64 or ASC_PRIVATE_KEY_PATH. Only GET requests are ever sent.
        """;

    private const string AppleApi = "https://api.appstoreconnect.apple.com";

    /// <summary>Runs the command; returns the exit code (0 done, 1 failed, 2 bad arguments).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<string, string?> variable, TextWriter output, TextWriter error, HttpMessageHandler? transport = null, CancellationToken cancellationToken = default)
    {
        string? outPath = null;
        string? apiUrl = null;
        var keep = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Count: outPath = args[++i]; break;
                case "--api-url" when i + 1 < args.Count: apiUrl = args[++i]; break;
                case "--keep-personal-data": keep = true; break;
                case "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                default:
                    await error.WriteLineAsync($"Unknown or incomplete argument '{args[i]}'.{Environment.NewLine}{Usage}");
                    return 2;
            }
        }

        if (outPath is null)
        {
            await error.WriteLineAsync($"Give --out PATH, the state file to write.{Environment.NewLine}{Usage}");
            return 2;
        }

        var baseUrl = apiUrl ?? variable("ASC_API_URL") ?? AppleApi;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"The API address '{baseUrl}' (--api-url or ASC_API_URL) is not an http(s) URL.");
            return 2;
        }

        try
        {
            using var key = SnapshotKey.FromEnvironment(variable);
            using var api = new ReadOnlyApi(baseAddress, key, transport);
            await output.WriteLineAsync($"Reading the account at {baseAddress} (GET only)");
            var seed = await new AccountReader(api, new PersonalData(keep), line => output.WriteLine(line)).ReadAsync(cancellationToken);
            Write(seed, outPath);
            await output.WriteLineAsync($"Snapshot of {seed.Apps.Count} app(s) written to {Path.GetFullPath(outPath)}{(keep ? string.Empty : "; testers' emails and names are placeholders (--keep-personal-data keeps them)")}. Start the emulator with --state-file \"{Path.GetFullPath(outPath)}\".");
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or HttpRequestException or InvalidDataException or IOException or UnauthorizedAccessException or TaskCanceledException)
        {
            await error.WriteLineAsync($"The snapshot failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>Stores the account as the emulator stores its own, through the same records and rules as a seed file.</summary>
    private static void Write(SeedFile seed, string outPath)
    {
        var full = Path.GetFullPath(outPath);
        if (SeedFileRules.FirstProblem(seed) is { } problem)
        {
            throw new InvalidDataException($"The account cannot be held by the emulator: at {problem}");
        }

        File.Delete(full);
        using (var context = new EmulatorContext(new EmulatorOptions { StateFile = full }))
        {
            foreach (var module in ResourceModules.All)
            {
                module.Register(context);
            }

            SeedFileApplier.Apply(context.Store, seed, context.Now);
        }

        // The context made the folder for upload parts beside the state file; a snapshot has none.
        var uploads = new DirectoryInfo(full + ".uploads");
        if (uploads.Exists && !uploads.EnumerateFileSystemInfos().Any())
        {
            uploads.Delete();
        }
    }
}
