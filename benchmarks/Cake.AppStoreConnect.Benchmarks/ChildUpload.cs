using System.Diagnostics;
using System.Globalization;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Uploads;

namespace Cake.AppStoreConnect.Benchmarks;

/// <summary>What one measured upload took: throughput, peak working-set growth, and the checksum the commit needs.</summary>
internal sealed record ChildResult(double BytesPerSecond, long PeakGrowth, string Sha256);

/// <summary>One measured upload, run as a child process of the benchmark.</summary>
internal static class ChildUpload
{
    public static ChildResult Measure(string file, string fileId, int concurrency, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(ChildUpload).Assembly.Location, "--child", file, fileId, concurrency.ToString(CultureInfo.InvariantCulture) })
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
        var parts = result.Trim().Split(' ');
        return new ChildResult(double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]);
    }

    public static async Task RunAsync(string[] args)
    {
        var (file, fileId, concurrency) = (args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
        using var key = AscApiKey.FromPem(Environment.GetEnvironmentVariable("ASC_KEY_ID")!, Environment.GetEnvironmentVariable("ASC_ISSUER_ID"), File.ReadAllText(Environment.GetEnvironmentVariable("ASC_PRIVATE_KEY_PATH")!), "emulator key");
        var client = AppStoreConnectClient.Create(key, new AscClientOptions { BaseAddress = new Uri(Environment.GetEnvironmentVariable("ASC_API_URL")!) });

        // Everything but the transfer happens first (JIT, connection, the reservation), so the baseline is a warm process.
        var operations = (await client.BuildUploads.GetFileAsync(fileId)).Operations;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampler = new MemorySampler();
        var uploader = new AscAssetUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = concurrency, ProgressInterval = TimeSpan.FromHours(1) }, client.Connection.Options, NullAscLog.Instance);
        var result = await uploader.UploadAsync(new AscAssetUpload(file, operations) { ChecksumAlgorithms = [AscChecksumAlgorithm.Sha256] });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {result.BytesPerSecond} {sampler.Peak - sampler.Baseline} {result.Checksum}"));
    }
}
