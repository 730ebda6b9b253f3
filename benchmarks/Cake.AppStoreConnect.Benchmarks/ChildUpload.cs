using System.Diagnostics;
using System.Globalization;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Builds.Upload;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Benchmarks;

/// <summary>One measured upload, run as a child process of the benchmark.</summary>
internal static class ChildUpload
{
    public static (double BytesPerSecond, long PeakGrowth) Measure(string file, string fileId, int concurrency, long maxBufferBytes, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(ChildUpload).Assembly.Location, "--child", file, fileId, concurrency.ToString(CultureInfo.InvariantCulture), maxBufferBytes.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd() + child.StandardError.ReadToEnd();
        child.WaitForExit();
        var result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The measured upload failed ({child.ExitCode}):{Environment.NewLine}{output}");
        var parts = result.Split(' ');
        return (double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    public static async Task RunAsync(string[] args)
    {
        var (file, fileId, concurrency, maxBufferBytes) = (args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), long.Parse(args[4], CultureInfo.InvariantCulture));
        using var key = AscApiKey.FromPem(Environment.GetEnvironmentVariable("ASC_KEY_ID")!, Environment.GetEnvironmentVariable("ASC_ISSUER_ID"), File.ReadAllText(Environment.GetEnvironmentVariable("ASC_PRIVATE_KEY_PATH")!), "emulator key");
        var client = AppStoreConnectClient.Create(key, new AscClientOptions { BaseAddress = new Uri(Environment.GetEnvironmentVariable("ASC_API_URL")!) });

        // Everything but the transfer happens first (JIT, connection, the reservation), so the baseline is a warm process.
        var operations = (await client.BuildUploads.GetFileAsync(fileId)).Operations;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampler = new MemorySampler();
        var uploader = new AscBinaryUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = concurrency, MaxBufferBytes = maxBufferBytes, ProgressInterval = TimeSpan.FromHours(1) }, NullAscLog.Instance);
        var result = await uploader.UploadAsync(file, operations, _ => Task.FromResult(operations));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {result.BytesPerSecond} {sampler.Peak - sampler.Baseline}"));
    }
}
