using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Emulator.Hosting;

if (args.Length > 0 && args[0] == Cake.AppStoreConnect.Emulator.Snapshot.SnapshotCommand.Name)
{
    return await Cake.AppStoreConnect.Emulator.Snapshot.SnapshotCommand.RunAsync(args[1..], Environment.GetEnvironmentVariable, Console.Out, Console.Error);
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

EmulatorOptions options;
try
{
    options = CommandLine.Parse(args);
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

// Found before starting: a script already gone has nobody to serve.
using var parent = options.ExitWithParent is { } parentId ? ParentWatch.Find(parentId) : null;
if (options.ExitWithParent is not null && parent is null)
{
    await Console.Error.WriteLineAsync($"Switch '--exit-with-parent' names process {options.ExitWithParent}, which is not running; the emulator did not start.");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
{
    // Let Main finish: disposing the host stops Kestrel and removes temporary uploads.
    signal.Cancel = true;
    stop.Cancel();
});

EmulatorHost host;
try
{
    host = await EmulatorHost.StartAsync(options, stop.Token);
}
catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or System.Text.Json.JsonException or System.Security.Cryptography.CryptographicException)
{
    // Bad input (key file, state file, spec, busy port) deserves a sentence, not a stack trace.
    await Console.Error.WriteLineAsync($"The emulator could not start: {e.Message}");
    return 1;
}

await using var running = host;
foreach (var bound in host.BoundAddresses)
{
    // What Kestrel really bound: http://[::]:PORT when every interface listens, never a reassuring 127.0.0.1.
    Console.WriteLine($"App Store Connect emulator listening on {bound.TrimEnd('/')}");
}

if (host.ControlToken is { } controlToken)
{
    Console.WriteLine($"Remote clients allowed (--allow-remote). Local clients use {host.BaseAddress.GetLeftPart(UriPartial.Authority)}.");
    Console.WriteLine($"Control requests that change something need the header {Cake.AppStoreConnect.Emulator.Control.ControlGuard.TokenHeader}: {controlToken}");
}
if (options.ChangesFile is not null)
{
    Console.WriteLine($"What clients change is written to {Path.GetFullPath(options.ChangesFile)} (.json and .md) when the emulator stops");
}

if (options.EnvFile is not null)
{
    Console.WriteLine($"Credentials written to {Path.GetFullPath(options.EnvFile)}");
}

if (parent is not null)
{
    _ = ParentWatch.WaitUntilGoneAsync(parent, stop.Token).ContinueWith(
        _ =>
        {
            if (!stop.IsCancellationRequested)
            {
                Console.WriteLine($"Process {parent.Id} (--exit-with-parent) is gone; the emulator stops.");
                stop.Cancel();
            }
        },
        TaskScheduler.Default);
}

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: fall through to dispose, which stops Kestrel and removes temporary uploads.
}

return 0;
