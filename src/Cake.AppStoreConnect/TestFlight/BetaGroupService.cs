using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Creates and lists an app's beta groups, finds groups by name with one clear error, and adds builds to groups.</summary>
public sealed class BetaGroupService
{
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public BetaGroupService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Lists an app's groups.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which groups.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The groups.</returns>
    public async Task<IReadOnlyList<AscBetaGroup>> GetAsync(string app, AscGetBetaGroupsSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var groups = await _client.BetaGroups.ListAsync(resolved.Id, settings.Name, settings.IsInternal, cancellationToken: cancellationToken);
        return [.. groups.Where(g => settings.Name is null || string.Equals(g.Name, settings.Name, StringComparison.Ordinal))];
    }

    /// <summary>Creates a group, or returns the one with that name when it exists. Retries never duplicate it.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="settings">Kind and options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The group (<c>Resource</c>; in a dry run that would create it, none) and what changed.</returns>
    public async Task<AscChangeResult<AscBetaGroup>> CreateAsync(string app, string name, AscCreateBetaGroupSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var definition = Validate(name, settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var plan = ChangePlan.For(_client.Connection, settings);
        var kind = definition.IsInternal ? "internal" : "external";
        var existing = await FindByNameAsync(resolved.Id, definition.Name, cancellationToken);
        if (existing is not null)
        {
            if (existing.IsInternal != definition.IsInternal)
            {
                plan.NotApplied($"beta group '{existing.Name}' of {resolved.BundleId} as {kind}", $"it exists as {(existing.IsInternal ? "internal" : "external")} and is returned as it is (Apple cannot change a group's kind)");
            }
            else
            {
                plan.InPlace($"beta group {existing} of {resolved.BundleId} exists");
            }

            return plan.Result(existing);
        }

        AscBetaGroup? group = null;
        await plan.ChangeAsync($"create the {kind} beta group '{definition.Name}' of {resolved.BundleId}", async () =>
        {
            (group, _) = await IdempotentCreate.RunAsync(
                $"beta group '{definition.Name}'",
                ct => FindByNameAsync(resolved.Id, definition.Name, ct),
                ct => _client.BetaGroups.CreateAsync(resolved.Id, definition, ct),
                Log,
                cancellationToken: cancellationToken);
        });
        return plan.Result(group);
    }

    /// <summary>Adds a build to the groups that do not have it yet, through the plan.</summary>
    /// <returns>The groups the build was added to (in a dry run: would be), and those that had it.</returns>
    internal static async Task<(List<AscBetaGroup> Added, List<AscBetaGroup> AlreadyHad)> AddBuildAsync(AppStoreConnectClient client, ChangePlan plan, AscApp app, AscBuild build, IEnumerable<AscBetaGroup> groups, CancellationToken cancellationToken)
    {
        var had = (await client.BetaGroups.ListAsync(app.Id, buildId: build.Id, cancellationToken: cancellationToken)).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var targets = groups.DistinctBy(g => g.Id).ToList();
        var missing = targets.Where(g => !had.Contains(g.Id)).ToList();
        var present = targets.Where(g => had.Contains(g.Id)).ToList();
        foreach (var group in present)
        {
            plan.InPlace($"build is in beta group '{group.Name}'");
        }

        if (missing.Count > 0)
        {
            await plan.ChangeAsync($"add the build to {string.Join(", ", missing.Select(g => $"'{g.Name}'"))}", () => client.BetaGroups.AddBuildToGroupsAsync(build.Id, missing.Select(g => g.Id), cancellationToken));
        }

        return (missing, present);
    }

    /// <summary>Finds groups of an app by name, failing before any change when one does not exist.</summary>
    /// <param name="client">The client.</param>
    /// <param name="app">The app.</param>
    /// <param name="names">The group names; exact match first, then ignoring case.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The groups by the name asked for.</returns>
    /// <exception cref="ArgumentException">A group does not exist; the message lists those that do.</exception>
    internal static async Task<IReadOnlyDictionary<string, AscBetaGroup>> ResolveAsync(AppStoreConnectClient client, AscApp app, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, AscBetaGroup>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return result;
        }

        var groups = await client.BetaGroups.ListAsync(app.Id, cancellationToken: cancellationToken);
        var unknown = new List<string>();
        foreach (var name in wanted)
        {
            var match = groups.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.Ordinal))
                ?? groups.SingleOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                unknown.Add(name);
            }
            else
            {
                result[name] = match;
            }
        }

        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"{app.BundleId} has no beta group {string.Join(", ", unknown.Select(n => $"'{n}'"))}; nothing was changed. " +
                $"Its groups are: {(groups.Count == 0 ? "(none)" : string.Join(", ", groups.Select(g => $"'{g.Name}'")))}. Create a group with AscCreateBetaGroup, or fix the name.");
        }

        return result;
    }

    private async Task<AscBetaGroup?> FindByNameAsync(string appId, string name, CancellationToken cancellationToken) =>
        (await _client.BetaGroups.ListAsync(appId, name, cancellationToken: cancellationToken)).FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.Ordinal));

    private static AscBetaGroupDefinition Validate(string name, AscCreateBetaGroupSettings settings)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Give the beta group a name.");
        }

        if (settings.IsInternal && (settings.PublicLinkEnabled == true || settings.PublicLinkLimit is not null))
        {
            throw new ArgumentException($"Beta group '{name}' is internal; only external groups have a public link. Drop PublicLinkEnabled/PublicLinkLimit or make the group external.");
        }

        if (settings.PublicLinkLimit is < 1 or > 10000)
        {
            throw new ArgumentException($"PublicLinkLimit must be from 1 to 10000, not {settings.PublicLinkLimit}.");
        }

        return new AscBetaGroupDefinition
        {
            Name = name.Trim(),
            IsInternal = settings.IsInternal,
            HasAccessToAllBuilds = settings.HasAccessToAllBuilds,
            PublicLinkEnabled = settings.PublicLinkEnabled ?? (settings.PublicLinkLimit is not null ? true : null),
            PublicLinkLimit = settings.PublicLinkLimit,
            FeedbackEnabled = settings.FeedbackEnabled,
        };
    }
}
