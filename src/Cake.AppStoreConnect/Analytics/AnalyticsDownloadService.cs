using System.Globalization;
using System.Text;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>
/// Downloads an app's analytics reports into a folder, incrementally: walks every page of requests, reports,
/// instances and segments, fetches each segment from its pre-signed URL without the API token, checks size and
/// checksum (a damaged segment is fetched again), decompresses it, and records the instance in the folder's
/// manifest once all its segments are written, so the next run fetches only new instances.
/// </summary>
public sealed class AnalyticsDownloadService
{
    private readonly AppStoreConnectClient _client;
    private readonly HttpClient _storage;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    /// <param name="storage">The HTTP client for the pre-signed URLs; it must carry no Authorization header (<see cref="AscHttp.Shared"/> by default).</param>
    public AnalyticsDownloadService(AppStoreConnectClient client, HttpClient? storage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _storage = storage ?? AscHttp.Shared;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Checks the settings before any request.</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">A category, granularity or page size is not valid; the message names it.</exception>
    public static void Validate(AscAnalyticsDownloadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Categories.FirstOrDefault(c => !AscAnalyticsCategories.All.Contains(c)) is { } category)
        {
            throw new ArgumentException($"Category '{category}' is not one of {string.Join(", ", AscAnalyticsCategories.All)}.");
        }

        if (settings.Granularities.FirstOrDefault(g => !AscAnalyticsGranularities.All.Contains(g)) is { } granularity)
        {
            throw new ArgumentException($"Granularity '{granularity}' is not one of {string.Join(", ", AscAnalyticsGranularities.All)}.");
        }

        if (settings.PageSize is < 1 or > AscQuery.DefaultCollectionLimit)
        {
            throw new ArgumentException($"PageSize {settings.PageSize} is not from 1 to {AscQuery.DefaultCollectionLimit}.");
        }
    }

    /// <summary>Downloads what is new.</summary>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">The folder (created when missing); it keeps the manifest.</param>
    /// <param name="settings">Which reports, granularities and dates.</param>
    /// <param name="cancellationToken">Cancels the work; instances already recorded stay recorded.</param>
    /// <returns>What was downloaded.</returns>
    public async Task<AscAnalyticsDownloadResult> DownloadAsync(string app, string folder, AscAnalyticsDownloadSettings settings, CancellationToken cancellationToken = default)
    {
        Validate(settings);
        Directory.CreateDirectory(folder);
        var manifest = AnalyticsManifest.Load(folder);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var requests = await _client.Analytics.ListRequestsAsync(resolved.Id, null, cancellationToken);
        if (requests.Count == 0)
        {
            var none = $"{resolved.Name} has no analytics report request; run AscRequestAnalyticsReports first (it needs the Admin role). {AnalyticsRequestService.FirstDataNote}";
            Log.Write(AscLogLevel.Warning, none);
            return new AscAnalyticsDownloadResult([], 0, none, settings.Deduplicate);
        }

        var downloaded = new List<AscAnalyticsInstanceData>();
        var skipped = 0;
        var seen = 0;
        foreach (var request in requests)
        {
            var category = settings.Categories.Count == 1 ? settings.Categories.First() : null;
            foreach (var report in await _client.Analytics.ListReportsAsync(request.Id, category, settings.PageSize, cancellationToken))
            {
                if ((settings.Categories.Count > 0 && !settings.Categories.Contains(report.Category)) || (settings.ReportNames.Count > 0 && !settings.ReportNames.Contains(report.Name)))
                {
                    continue;
                }

                var granularity = settings.Granularities.Count == 1 ? settings.Granularities.First() : null;
                foreach (var instance in await _client.Analytics.ListInstancesAsync(report.Id, granularity, settings.PageSize, cancellationToken))
                {
                    if ((settings.Granularities.Count > 0 && !settings.Granularities.Contains(instance.Granularity)) || instance.ProcessingDate < settings.Since)
                    {
                        continue;
                    }

                    seen++;
                    if (manifest.Contains(instance.Id))
                    {
                        skipped++;
                        continue;
                    }

                    if (await DownloadInstanceAsync(folder, report, instance, settings.PageSize, cancellationToken) is { } data)
                    {
                        manifest.Add(new AnalyticsManifestEntry(instance.Id, report.Name, report.Category, instance.Granularity, instance.ProcessingDate, [.. data.Files.Select(f => Path.GetRelativePath(folder, f))]));
                        downloaded.Add(data);
                    }
                }
            }
        }

        var pending = seen == 0 ? $"No report instances for {resolved.Name} yet. {AnalyticsRequestService.FirstDataNote}" : null;
        Log.Write(AscLogLevel.Information, pending ?? $"Analytics reports of {resolved.Name}: {downloaded.Count} new instance(s) downloaded to {folder}, {skipped} already there.");
        return new AscAnalyticsDownloadResult(downloaded, skipped, pending, settings.Deduplicate);
    }

    private async Task<AscAnalyticsInstanceData?> DownloadInstanceAsync(string folder, AscAnalyticsReport report, AscAnalyticsReportInstance instance, int pageSize, CancellationToken cancellationToken)
    {
        var what = $"{report.Name} {instance.Granularity} {instance.ProcessingDate:yyyy-MM-dd}";
        var segments = await _client.Analytics.ListSegmentsAsync(instance.Id, pageSize, cancellationToken);
        if (segments.Count == 0)
        {
            // Apple lists instances whose segments come later (PostHog #80189); not recorded, so the next run tries again.
            Log.Write(AscLogLevel.Information, $"{what} has no segments yet; the next run tries again.");
            return null;
        }

        var directory = Path.Combine(folder, SafeName(report.Name), instance.Granularity);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        var text = new StringBuilder();
        string? header = null;
        for (var index = 0; index < segments.Count; index++)
        {
            var segment = segments[index];
            var gzip = await AscReportFiles.DownloadAsync(_storage, segment.Url, ct => _client.Analytics.GetSegmentUrlAsync(segment.Id, ct), segment.SizeInBytes, segment.Checksum, $"Segment {index + 1} of {segments.Count} of {what}", Log, cancellationToken);
            var content = AscReport.Decompress(gzip);
            var extension = AscReport.Delimiter(FirstLine(content)) == '\t' ? "tsv" : "csv";
            var file = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{instance.ProcessingDate:yyyy-MM-dd}_{instance.Id[..Math.Min(8, instance.Id.Length)]}_{index + 1}.{extension}"));
            await File.WriteAllTextAsync(file, content, cancellationToken);
            files.Add(file);

            // Segments each carry the header row; the rows of all of them make the instance.
            var first = FirstLine(content);
            header ??= first;
            text.Append(first == header && text.Length > 0 ? content[Math.Min(content.Length, first.Length + 1)..] : content);
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }
        }

        Log.Write(AscLogLevel.Verbose, $"{what}: {segments.Count} segment(s) checked and written.");
        return new AscAnalyticsInstanceData(instance.Id, report.Name, report.Category, instance.Granularity, instance.ProcessingDate, files, AscReport.Parse(text.ToString()));
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd('\r');
    }

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. name.Select(c => invalid.Contains(c) || c == ' ' ? '-' : c)]).Trim('-', '.');
        return safe.Length == 0 ? "report" : safe;
    }
}
