using Cake.AppStoreConnect.Credentials;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>
/// A running rehearsal emulator: its address and key. Disposing it stops the emulator (and anything it
/// started) and removes its temporary files; so does the end of the Cake process, failed or not.
/// </summary>
public sealed class AscEmulator : IDisposable
{
    private readonly EmulatorProcess _process;
    private readonly AscRunKey? _runKey;
    private readonly string? _ownedDirectory;
    private int _stopped;

    internal AscEmulator(EmulatorProcess process, IReadOnlyDictionary<string, string> variables, string? ownedDirectory, bool useForAllAliases)
    {
        _process = process;
        _ownedDirectory = ownedDirectory;
        EnvironmentVariables = variables;
        ApiUrl = new Uri(variables["ASC_API_URL"]);
        KeyId = variables["ASC_KEY_ID"];
        IssuerId = variables.TryGetValue("ASC_ISSUER_ID", out var issuer) && issuer.Length > 0 ? issuer : null;
        PrivateKeyFile = new FilePath(variables["ASC_PRIVATE_KEY_PATH"]);
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        if (useForAllAliases)
        {
            _runKey = new AscRunKey(KeyId, IssuerId, PrivateKeyFile, ApiUrl, $"the rehearsal emulator at {ApiUrl}");
            AscRunCredentials.Use(_runKey);
        }
    }

    /// <summary>Gets the API address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri ApiUrl { get; }

    /// <summary>Gets the id of the key the emulator generated.</summary>
    public string KeyId { get; }

    /// <summary>Gets the issuer id of that key.</summary>
    public string? IssuerId { get; }

    /// <summary>Gets the key's .p8 file (the emulator's own key, not a secret of yours).</summary>
    public FilePath PrivateKeyFile { get; }

    /// <summary>
    /// Gets <c>ASC_KEY_ID</c>, <c>ASC_ISSUER_ID</c>, <c>ASC_PRIVATE_KEY_PATH</c> and <c>ASC_API_URL</c>, for a
    /// process the script starts that should talk to the emulator too (<c>ProcessSettings.EnvironmentVariables</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; }

    /// <summary>Gets the emulator's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Gets a value indicating whether the emulator is still running.</summary>
    public bool IsRunning => Volatile.Read(ref _stopped) == 0 && !_process.HasExited;

    /// <summary>
    /// Reads what the run changed in the emulator so far, which is what the pipeline would change at Apple
    /// (<c>AscReportEmulatorChanges</c> prints it and adds it to the CI run summary).
    /// </summary>
    /// <returns>The changes, their counts per resource type, and the Markdown table.</returns>
    /// <exception cref="AscEmulatorException">The emulator is stopped or did not answer.</exception>
    public AscEmulatorChangeReport GetChangeReport() =>
        IsRunning
            ? EmulatorChangeReader.Read(ApiUrl, EnvironmentVariables)
            : throw new AscEmulatorException($"The emulator at {ApiUrl} is stopped, so its changes are gone: read the report before disposing it (in Teardown, before Dispose).");

    /// <summary>Stops the emulator; every later alias goes back to the environment's credentials.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (_runKey is not null)
        {
            AscRunCredentials.Withdraw(_runKey);
        }

        _process.Stop();
        RemoveOwnedDirectory(_ownedDirectory);
    }

    /// <inheritdoc/>
    public override string ToString() => $"App Store Connect emulator at {ApiUrl} (process {ProcessId})";

    internal static void RemoveOwnedDirectory(string? directory)
    {
        if (directory is null)
        {
            return;
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on Windows; the system's temporary folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    // The script ended without disposing (a failed task, a missing Teardown, Ctrl+C): never leave it running.
    private void OnProcessExit(object? sender, EventArgs e) => Dispose();
}
