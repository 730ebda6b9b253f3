using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cake.AppStoreConnect.Benchmarks;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.SampleIpa;

// Upload benchmark: the add-in's uploader against curl, sending the same bytes to the same emulator
// upload endpoint, plus the uploader's peak working-set growth. Method and results: ../README.md.
if (args.Length > 0 && args[0] == "--screenshots")
{
    // The screenshot sync benchmark: requests and wall time, first run and re-run.
    await ScreenshotSyncBenchmark.RunAsync(args);
    return;
}

if (args.Length > 0 && args[0] == "--reserve")
{
    // An upload reserved on a running emulator, for whole-process timings of the two sides (README: "Whole processes").
    await Reservation.RunAsync(args);
    return;
}

if (args.Length > 0 && args[0] == "--child")
{
    // One measured upload in a fresh process, so memory the driver already holds is not counted.
    await ChildUpload.RunAsync(args);
    return;
}
var sizeMib = IntOption("--size-mib", 1024);
var partMib = IntOption("--part-size-mib", 16);
var runs = IntOption("--runs", 3);
var concurrencies = (Option("--concurrency") ?? "1,4").Split(',').Select(int.Parse).ToArray();
var output = Option("--out");
var idleSeconds = IntOption("--commit-pause-seconds", 5);
var emulatorDll = Option("--emulator") ?? throw new ArgumentException("--emulator PATH (the built Cake.AppStoreConnect.Emulator.dll) is required.");

var work = Directory.CreateTempSubdirectory("asc-bench-").FullName;
try
{
    var ipa = Path.Combine(work, "Rehearsal.ipa");
    new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "1") { PaddingBytes = (long)sizeMib << 20 }.WriteTo(ipa);
    var size = new FileInfo(ipa).Length;
    string sha256;
    using (var stream = File.OpenRead(ipa))
    {
        sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    var loadBefore = Load();
    Console.WriteLine($"File: {size:N0} bytes; parts of {partMib} MiB; {runs} run(s) per case; {Environment.ProcessorCount} cores; load {loadBefore}");

    using var emulator = EmulatorProcess.Start(emulatorDll, work, (long)partMib << 20);
    using var key = AscApiKey.FromPem(emulator.Environment["ASC_KEY_ID"], emulator.Environment["ASC_ISSUER_ID"], File.ReadAllText(emulator.Environment["ASC_PRIVATE_KEY_PATH"]), "emulator key");
    var client = AppStoreConnectClient.Create(key, new AscClientOptions { BaseAddress = new Uri(emulator.Environment["ASC_API_URL"]) });
    var app = await client.Apps.FindByBundleIdAsync("org.cakebuild.appstoreconnect.rehearsal") ?? throw new InvalidOperationException("The demo seed has no rehearsal app.");
    var buildNumber = 100;

    async Task<(AscBuildUpload Upload, AscBuildUploadFile File)> ReserveAsync()
    {
        var upload = await client.BuildUploads.CreateAsync(app.Id, "1.0", (buildNumber++).ToString(CultureInfo.InvariantCulture), AscPlatform.Ios);
        return (upload, await client.BuildUploads.ReserveFileAsync(upload.Id, "Rehearsal.ipa", size, "com.apple.ipa"));
    }

    // The emulator's commit, timed by the caller the moment the last part is acknowledged.
    async Task<double> CommitAsync(AscBuildUploadFile file, string checksum)
    {
        var timer = Stopwatch.StartNew();
        await client.BuildUploads.CommitFileAsync(file.Id, checksum, "SHA_256");
        return timer.Elapsed.TotalMilliseconds;
    }

    var rows = new List<Row>();
    foreach (var concurrency in concurrencies)
    {
        var ours = new List<double>();
        var curl = new List<double>();
        var ratios = new List<double>();
        var commits = new List<double>();
        var idleCommits = new List<double>();
        long peakGrowth = 0;
        for (var run = 0; run < runs; run++)
        {
            // Side by side: the add-in, then curl, then the next run, so both see the same moment's load.
            var (upload, file) = await ReserveAsync();
            var measured = ChildUpload.Measure(ipa, file.Id, concurrency, emulator.Environment);
            ours.Add(measured.BytesPerSecond);
            peakGrowth = Math.Max(peakGrowth, measured.PeakGrowth);
            commits.Add(await CommitAsync(file, measured.Sha256));
            await client.BuildUploads.DeleteAsync(upload.Id);

            // curl: the same parts to the same endpoint, as many at once, from part files cut beforehand.
            (upload, file) = await ReserveAsync();
            var parts = Slice(ipa, file.Operations, work);
            curl.Add(size / TimeCurl(file.Operations, parts, concurrency).TotalSeconds);

            // This commit comes after a pause, so what it costs beside hashing the unhashed tail shows.
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            idleCommits.Add(await CommitAsync(file, sha256));
            parts.ForEach(File.Delete);
            await client.BuildUploads.DeleteAsync(upload.Id);
            ratios.Add(ours[^1] / curl[^1]);
            Console.WriteLine($"  concurrency {concurrency} run {run + 1}: add-in {Mib(ours[^1])} MiB/s, curl {Mib(curl[^1])} MiB/s, ratio {ratios[^1]:0.00}, growth {measured.PeakGrowth >> 20} MiB, commit {commits[^1]:0} ms at once, {idleCommits[^1]:0} ms after {idleSeconds} s");
        }

        rows.Add(new Row(concurrency, Median(ours), Median(curl), Median(ratios), ratios.Min(), ratios.Max(), peakGrowth, Median(commits), Median(idleCommits)));
    }

    var report = new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"File {size:N0} bytes, parts of {partMib} MiB, median of {runs} run(s) side by side, {Environment.ProcessorCount} cores, load average {loadBefore} before and {Load()} after, {DateTime.UtcNow:yyyy-MM-dd}.")
        .AppendLine()
        .AppendLine(CultureInfo.InvariantCulture, $"| concurrency | add-in MiB/s | curl MiB/s | add-in / curl (median, min-max) | add-in peak working-set growth | commit at once | commit after {idleSeconds} s |")
        .AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var row in rows)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"| {row.Concurrency} | {Mib(row.Ours)} | {Mib(row.Curl)} | {row.Ratio:0.00} ({row.MinRatio:0.00}-{row.MaxRatio:0.00}) | {row.PeakGrowth >> 20} MiB | {row.Commit:0} ms | {row.IdleCommit:0} ms |");
    }

    Console.WriteLine();
    Console.WriteLine(report);
    if (output is not null)
    {
        File.WriteAllText(output, report.ToString());
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static List<string> Slice(string path, IReadOnlyList<AscUploadOperation> operations, string directory) => Reservation.Cut(path, operations, directory);

static TimeSpan TimeCurl(IReadOnlyList<AscUploadOperation> operations, List<string> parts, int concurrency)
{
    var start = new ProcessStartInfo("curl") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[] { "--silent", "--show-error", "--fail", "--parallel", "--parallel-max", concurrency.ToString(CultureInfo.InvariantCulture), "--header", "Content-Type: application/octet-stream", "--output", "/dev/null" })
    {
        start.ArgumentList.Add(argument);
    }

    foreach (var (operation, part) in operations.OrderBy(o => o.Offset).Zip(parts))
    {
        start.ArgumentList.Add("--upload-file");
        start.ArgumentList.Add(part);
        start.ArgumentList.Add(operation.Url);
    }

    var timer = Stopwatch.StartNew();
    using var curl = Process.Start(start)!;
    var errors = curl.StandardError.ReadToEndAsync();
    curl.StandardOutput.ReadToEnd();
    curl.WaitForExit();
    timer.Stop();
    if (curl.ExitCode != 0)
    {
        throw new InvalidOperationException($"curl failed ({curl.ExitCode}): {errors.Result}");
    }

    return timer.Elapsed;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static string Mib(double bytesPerSecond) => (bytesPerSecond / (1 << 20)).ToString("0", CultureInfo.InvariantCulture);

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntOption(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

/// <summary>One concurrency's medians; the ratio is the median of each run's ratio, so a load spike hits both sides of it.</summary>
internal sealed record Row(int Concurrency, double Ours, double Curl, double Ratio, double MinRatio, double MaxRatio, long PeakGrowth, double Commit, double IdleCommit);
