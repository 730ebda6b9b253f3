using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>
/// Which build an alias means: its id, or its app with version and build number (or the app's newest
/// unexpired build, where a step allows that). One place, one validation, one error text for every alias.
/// </summary>
internal static class BuildLocator
{
    /// <summary>Checks that the selection names a build, before any request.</summary>
    /// <param name="buildId">The build's id.</param>
    /// <param name="app">The app's bundle id or Apple id.</param>
    /// <param name="shortVersion">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <param name="latestAllowed">Whether the app alone means its newest unexpired build.</param>
    public static void Validate(string? buildId, string? app, string? shortVersion, string? buildNumber, bool latestAllowed)
    {
        if (!string.IsNullOrWhiteSpace(buildId))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(app) || (!latestAllowed && (shortVersion is null || buildNumber is null)))
        {
            throw new ArgumentException($"Say which build: BuildId, or App with VersionString and BuildNumber{(latestAllowed ? " (or App alone for its newest unexpired build)" : string.Empty)}. Nothing was changed.");
        }

        if (buildNumber is not null && shortVersion is null)
        {
            throw new ArgumentException("BuildNumber needs VersionString too: build numbers repeat across versions. Nothing was changed.");
        }
    }

    /// <summary>Finds a build by id.</summary>
    /// <param name="client">The client.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The build.</returns>
    public static async Task<AscBuild> FindAsync(AppStoreConnectClient client, string buildId, CancellationToken cancellationToken) =>
        await client.Builds.FindAsync(buildId, cancellationToken)
        ?? throw new ArgumentException($"Build {buildId} does not exist, or this key cannot see it. Nothing was changed.");

    /// <summary>Finds a build by id and its app, checking it belongs to the app named, when one is.</summary>
    /// <param name="client">The client.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="app">The app the build must belong to, when named.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The app and the build.</returns>
    public static async Task<(AscApp App, AscBuild Build)> FindWithAppAsync(AppStoreConnectClient client, string buildId, string? app, CancellationToken cancellationToken)
    {
        var build = await FindAsync(client, buildId, cancellationToken);
        var owner = await AppResolver.ResolveAsync(client, await client.Builds.GetAppIdAsync(buildId, cancellationToken), cancellationToken);
        if (app is { Length: > 0 } named && !Names(named, owner))
        {
            throw new ArgumentException($"Build {buildId} belongs to {owner}, not to '{named}'. Nothing was changed.");
        }

        return (owner, build);
    }

    /// <summary>Whether a bundle id or Apple id the user gave names this app.</summary>
    /// <param name="app">The bundle id or Apple id given.</param>
    /// <param name="resolved">The app.</param>
    /// <returns>Whether they are the same app.</returns>
    public static bool Names(string app, AscApp resolved) =>
        string.Equals(app, resolved.BundleId, StringComparison.OrdinalIgnoreCase) || app == resolved.Id;

    /// <summary>Finds an app's build by version and build number, or its newest unexpired one when neither is given.</summary>
    /// <param name="client">The client.</param>
    /// <param name="app">The app.</param>
    /// <param name="shortVersion">The version, when given.</param>
    /// <param name="buildNumber">The build number, when given (needs the version).</param>
    /// <param name="platform">The platform, when given.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The build.</returns>
    /// <exception cref="ArgumentException">There is no such build (the message lists the app's builds), or, with no platform given, the numbers match builds on two platforms.</exception>
    public static async Task<AscBuild> FindAsync(AppStoreConnectClient client, AscApp app, string? shortVersion, string? buildNumber, string? platform, CancellationToken cancellationToken)
    {
        platform = AscInput.OptionalPlatform(platform);
        var matches = await ListMatchesAsync(client, app.Id, shortVersion, buildNumber, platform, cancellationToken);
        var platforms = matches.Select(b => b.Platform).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (buildNumber is not null && platforms.Count > 1)
        {
            // The same numbers on iOS and macOS are two builds; taking the newest would act on the wrong one silently.
            throw new ArgumentException(
                $"{app.BundleId} has build {shortVersion} ({buildNumber}) on {string.Join(" and ", platforms)}; say which with .ForPlatform(\"{platforms[0]}\") (or Platform). Nothing was changed.");
        }

        if (matches.Count > 0)
        {
            return matches[0];
        }

        // A mistyped number is the usual cause, so the builds that do exist are the most useful answer.
        var existing = await client.Builds.ListAsync(new AscBuildFilter { AppId = app.Id, Platform = platform }, cancellationToken);
        throw new ArgumentException(
            $"{app.BundleId} has {Describe(shortVersion, buildNumber)}{(platform is null ? string.Empty : " for " + platform)}. {Existing(existing)} "
            + "Check the version and build number, or upload the build first (AscUploadBuild). Nothing was changed.");
    }

    /// <summary>
    /// Finds an app's build by version and build number, or its newest unexpired one when neither is given;
    /// <see langword="null"/> when there is none yet (an upload still processing has no build).
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="appId">The app's Apple id.</param>
    /// <param name="shortVersion">The version, when given.</param>
    /// <param name="buildNumber">The build number, when given (needs the version).</param>
    /// <param name="platform">The platform (already checked), when given.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The build, or <see langword="null"/>.</returns>
    public static async Task<AscBuild?> TryFindAsync(AppStoreConnectClient client, string appId, string? shortVersion, string? buildNumber, string? platform, CancellationToken cancellationToken) =>
        await ListMatchesAsync(client, appId, shortVersion, buildNumber, platform, cancellationToken) is [var first, ..] ? first : null;

    private static async Task<IReadOnlyList<AscBuild>> ListMatchesAsync(AppStoreConnectClient client, string appId, string? shortVersion, string? buildNumber, string? platform, CancellationToken cancellationToken)
    {
        var builds = await client.Builds.ListAsync(
            new AscBuildFilter
            {
                AppId = appId,
                ShortVersion = shortVersion,
                BuildNumbers = buildNumber is null ? [] : [buildNumber],
                Platform = platform,
                Expired = buildNumber is null ? false : null,
            },
            cancellationToken);
        return [.. builds.Where(b => buildNumber is null || b.BuildNumber == buildNumber)];
    }

    private static string Existing(IReadOnlyList<AscBuild> builds)
    {
        const int Shown = 10;
        if (builds.Count == 0)
        {
            return "It has no builds yet.";
        }

        var names = builds.Take(Shown).Select(b => $"{b.ShortVersion ?? "?"} ({b.BuildNumber}){(b.Expired ? " expired" : string.Empty)}");
        var more = builds.Count > Shown ? $" and {builds.Count - Shown} older (AscGetBuilds lists them all)" : string.Empty;
        return $"Its builds, newest first: {string.Join(", ", names)}{more}.";
    }

    private static string Describe(string? shortVersion, string? buildNumber) => shortVersion is null
        ? "no unexpired build"
        : $"no build {shortVersion}{(buildNumber is null ? string.Empty : $" ({buildNumber})")}";
}
