using System.Text.Json;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>
/// The small file in the download folder that remembers which instances are complete, so the next run
/// downloads only new ones. An instance is added only after all its segments are written, and the file is
/// replaced atomically, so an interrupted run leaves no instance half-recorded and the next run finishes it.
/// </summary>
internal sealed class AnalyticsManifest
{
    public const string FileName = "analytics-manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly string _path;
    private readonly Dictionary<string, AnalyticsManifestEntry> _instances;

    private AnalyticsManifest(string path, Dictionary<string, AnalyticsManifestEntry> instances)
    {
        _path = path;
        _instances = instances;
    }

    public int Count => _instances.Count;

    public static AnalyticsManifest Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return new AnalyticsManifest(path, new Dictionary<string, AnalyticsManifestEntry>(StringComparer.Ordinal));
        }

        try
        {
            var stored = JsonSerializer.Deserialize<AnalyticsManifestFile>(File.ReadAllText(path), Json);
            return new AnalyticsManifest(path, (stored?.Instances ?? []).ToDictionary(i => i.Id, StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The analytics manifest {path} is not readable ({e.Message}). Delete it to download every instance again.", e);
        }
    }

    public bool Contains(string instanceId) => _instances.ContainsKey(instanceId);

    public void Add(AnalyticsManifestEntry entry)
    {
        _instances[entry.Id] = entry;
        var temporary = _path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new AnalyticsManifestFile(1, [.. _instances.Values.OrderBy(i => i.ProcessingDate).ThenBy(i => i.Report, StringComparer.Ordinal)]), Json));
        File.Move(temporary, _path, overwrite: true);
    }
}

/// <summary>One downloaded instance in the manifest.</summary>
internal sealed record AnalyticsManifestEntry(string Id, string Report, string Category, string Granularity, DateOnly ProcessingDate, IReadOnlyList<string> Files);

internal sealed record AnalyticsManifestFile(int Version, IReadOnlyList<AnalyticsManifestEntry> Instances);
