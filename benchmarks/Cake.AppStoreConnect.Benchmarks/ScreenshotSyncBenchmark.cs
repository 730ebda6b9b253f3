using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.SampleIpa;

namespace Cake.AppStoreConnect.Benchmarks;

/// <summary>
/// Requests and wall time of AscSyncScreenshots' service for locales x display types x screenshots against the
/// emulator in its own process: a first run (everything uploaded) and a re-run (nothing to do). Method: ../README.md.
/// </summary>
internal static class ScreenshotSyncBenchmark
{
    private static readonly (string Name, int Width, int Height)[] DisplayTypes =
        [("iphone69", 1290, 2796), ("iphone65", 1284, 2778), ("ipad13", 2064, 2752)];

    private static readonly string[] Locales = ["en-US", "de-DE", "fr-FR", "es-ES", "it", "ja", "ko", "nl-NL", "pt-BR", "zh-Hans"];

    public static async Task RunAsync(string[] args)
    {
        var emulatorDll = Option(args, "--emulator") ?? throw new ArgumentException("--emulator PATH (the built Cake.AppStoreConnect.Emulator.dll) is required.");
        var locales = int.Parse(Option(args, "--locales") ?? "10", CultureInfo.InvariantCulture);
        var perSet = int.Parse(Option(args, "--per-set") ?? "5", CultureInfo.InvariantCulture);
        var processingSeconds = int.Parse(Option(args, "--processing-seconds") ?? "1", CultureInfo.InvariantCulture);
        var work = Directory.CreateTempSubdirectory("asc-bench-shots-").FullName;
        try
        {
            var folder = Path.Combine(work, "screenshots");
            var seed = 0;
            foreach (var locale in Locales.Take(locales))
            {
                var directory = Directory.CreateDirectory(Path.Combine(folder, locale)).FullName;
                foreach (var (name, width, height) in DisplayTypes)
                {
                    for (var i = 1; i <= perSet; i++)
                    {
                        File.WriteAllBytes(Path.Combine(directory, $"{name}_{i}.png"), SamplePng.Create(width, height, ++seed));
                    }
                }
            }

            Console.WriteLine($"{locales} locale(s) x {DisplayTypes.Length} display types x {perSet} screenshots = {seed} PNGs ({Directory.GetFiles(folder, "*.png", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length):N0} bytes); processing {processingSeconds} s; {Environment.ProcessorCount} cores; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            using var emulator = EmulatorProcess.Start(emulatorDll, work, 16L << 20, processingSeconds);
            using var key = AscApiKey.FromPem(emulator.Environment["ASC_KEY_ID"], emulator.Environment["ASC_ISSUER_ID"], File.ReadAllText(emulator.Environment["ASC_PRIVATE_KEY_PATH"]), "emulator key");
            var apiUrl = new Uri(emulator.Environment["ASC_API_URL"]);
            var client = AppStoreConnectClient.Create(key, new AscClientOptions { BaseAddress = apiUrl });
            const string App = "com.example.Sample";
            var app = await client.Apps.FindByBundleIdAsync(App) ?? throw new InvalidOperationException("The demo seed has no Sample app.");
            var version = (await client.AppStoreVersions.ListAsync(app.Id, "IOS")).First(v => v.IsEditable);
            var existing = (await client.AppStoreVersionLocalizations.ListAsync(version.Id)).Select(l => l.Locale).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var locale in Locales.Take(locales).Where(l => !existing.Contains(l)))
            {
                await client.AppStoreVersionLocalizations.CreateAsync(version.Id, locale, new AscLocalizedMetadata { Description = "Benchmark" });
            }

            using var control = new HttpClient { BaseAddress = new Uri(apiUrl.GetLeftPart(UriPartial.Authority)) };
            var settings = new AscSyncScreenshotsSettings { PollInterval = TimeSpan.FromMilliseconds(500), MaxPollInterval = TimeSpan.FromSeconds(2) };
            Console.WriteLine("| run | wall time | API requests | of which writes | of which reads | part uploads | plan changes | already in place |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var run in new[] { "first run", "re-run" })
            {
                using (var clear = new HttpRequestMessage(HttpMethod.Delete, "/_emulator/requests") { Content = JsonContent.Create(new { }) })
                {
                    (await control.SendAsync(clear)).EnsureSuccessStatusCode();
                }

                var timer = Stopwatch.StartNew();
                var result = await new MediaSyncService(client, MediaSyncKind.Screenshots).SyncAsync(App, folder, settings, CancellationToken.None);
                var elapsed = timer.Elapsed;
                var requests = (await control.GetFromJsonAsync<JsonNode>("/_emulator/requests"))!;
                var list = requests.AsArray().Select(r => (Method: r!["method"]!.GetValue<string>(), Path: r["path"]!.GetValue<string>())).ToList();
                var parts = list.Count(r => r.Path.StartsWith("/_upload/", StringComparison.Ordinal));
                var api = list.Count - parts;
                var writes = list.Count(r => r.Method != "GET" && !r.Path.StartsWith("/_upload/", StringComparison.Ordinal));
                Console.WriteLine($"| {run} | {elapsed.TotalSeconds:0.0} s | {api} | {writes} | {api - writes} | {parts} | {result.Changes.Count} | {result.AlreadyInPlace.Count} |");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
