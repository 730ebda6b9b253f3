using System.Collections.Concurrent;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>
/// Adds, removes, lists and exports an app's testers. Reads first (the app's testers and each group's
/// members, page by page), then sends only what is missing: one create per new tester (Apple has no
/// bulk create) and bulk relationship requests for existing testers. A re-run sends no changes.
/// </summary>
public sealed class TesterService
{
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public TesterService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Adds testers to an app's groups.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="testers">The testers (from the settings' list and CSV file, already read).</param>
    /// <param name="settings">Default groups, concurrency, dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was added, already present, invited and failed.</returns>
    public async Task<AscAddTestersResult> AddAsync(string app, IEnumerable<AscTester> testers, AscAddTestersSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(testers);
        ArgumentNullException.ThrowIfNull(settings);
        var wanted = Validate(testers, settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var groups = await BetaGroupService.ResolveAsync(_client, resolved, wanted.SelectMany(t => t.Groups), cancellationToken);

        // Reads: the app's testers by email, and the members of each group asked for.
        var existing = (await _client.BetaTesters.ListAsync(new AscBetaTesterFilter { AppId = resolved.Id }, cancellationToken))
            .GroupBy(t => t.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in groups.Values.DistinctBy(g => g.Id))
        {
            members[group.Id] = [.. await _client.BetaGroups.GetTesterIdsAsync(group.Id, cancellationToken)];
        }

        var alreadyPresent = new List<AscTesterOutcome>();
        var toCreate = new List<AscTester>();
        var toAttach = new List<(AscTester Tester, AscBetaTester Existing, List<AscBetaGroup> Missing)>();
        foreach (var tester in wanted)
        {
            if (existing.TryGetValue(tester.Email, out var known))
            {
                var missing = tester.Groups.Select(n => groups[n]).Where(g => !members[g.Id].Contains(known.Id)).DistinctBy(g => g.Id).ToList();
                if (missing.Count == 0)
                {
                    alreadyPresent.Add(Outcome(tester, known.Id));
                }
                else
                {
                    toAttach.Add((tester, known, missing));
                }
            }
            else
            {
                toCreate.Add(tester);
            }
        }

        Log.Write(AscLogLevel.Information, $"{resolved.BundleId}: {wanted.Count} tester(s) asked for; {toCreate.Count} new, {toAttach.Count} to add to groups, {alreadyPresent.Count} already in their groups.");
        ReportBudget(resolved, RequestsFor(toCreate, toAttach));
        if (settings.DryRun)
        {
            return DryRunResult(resolved, groups, toCreate, toAttach, alreadyPresent, ChangePlan.For(_client.Connection, settings));
        }

        var failed = new ConcurrentBag<AscTesterOutcome>();
        var invited = new ConcurrentBag<AscTesterOutcome>();
        var added = new ConcurrentBag<AscTesterOutcome>();
        await CreateTestersAsync(toCreate, groups, settings.MaxConcurrency, invited, added, failed, cancellationToken);
        await AttachAsync(toAttach, failed, added, cancellationToken);

        var result = new AscAddTestersResult
        {
            Added = [.. added.OrderBy(o => o.Email, StringComparer.OrdinalIgnoreCase)],
            AlreadyPresent = alreadyPresent,
            Invited = [.. invited.OrderBy(o => o.Email, StringComparer.OrdinalIgnoreCase)],
            Failed = [.. failed.OrderBy(o => o.Email, StringComparer.OrdinalIgnoreCase)],
        };
        Log.Write(result.Failed.Count > 0 ? AscLogLevel.Warning : AscLogLevel.Information, $"{resolved.BundleId}: {result}.");
        foreach (var failure in result.Failed)
        {
            Log.Write(AscLogLevel.Warning, $"Could not add {failure}");
        }

        return result;
    }

    /// <summary>Removes testers from named groups, or from the app entirely.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Who and from where.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Who was removed and who was not there.</returns>
    public async Task<AscRemoveTestersResult> RemoveAsync(string app, AscRemoveTestersSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var emails = settings.Emails.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (emails.Count == 0)
        {
            throw new ArgumentException("Give the email addresses of the testers to remove (Emails).");
        }

        var invalid = emails.Where(e => !AscTester.IsValidEmail(e)).ToList();
        if (invalid.Count > 0)
        {
            throw new ArgumentException($"Not email addresses: {string.Join(", ", invalid.Select(e => $"'{e}'"))}; nothing was changed.");
        }

        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var groups = await BetaGroupService.ResolveAsync(_client, resolved, settings.Groups, cancellationToken);
        var testers = (await _client.BetaTesters.ListAsync(new AscBetaTesterFilter { AppId = resolved.Id }, cancellationToken))
            .GroupBy(t => t.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var removed = new List<string>();
        var notPresent = new List<string>();
        var plan = ChangePlan.For(_client.Connection, settings);
        if (groups.Count == 0)
        {
            var ids = new List<string>();
            foreach (var email in emails)
            {
                if (testers.TryGetValue(email, out var tester))
                {
                    ids.Add(tester.Id);
                    removed.Add(email);
                }
                else
                {
                    notPresent.Add(email);
                }
            }

            if (ids.Count == 0)
            {
                plan.InPlace($"none of the testers is a tester of {resolved.BundleId}");
            }
            else
            {
                await plan.ChangeAsync($"remove {ids.Count} tester(s) from {resolved.BundleId} and all its groups", () => _client.BetaTesters.RemoveFromAppAsync(resolved.Id, ids, cancellationToken));
            }
        }
        else
        {
            var removedSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups.Values.DistinctBy(g => g.Id))
            {
                var members = new HashSet<string>(await _client.BetaGroups.GetTesterIdsAsync(group.Id, cancellationToken), StringComparer.Ordinal);
                var present = emails.Where(e => testers.TryGetValue(e, out var t) && members.Contains(t.Id)).ToList();
                if (present.Count == 0)
                {
                    plan.InPlace($"none of the testers is in beta group '{group.Name}'");
                }
                else
                {
                    await plan.ChangeAsync($"remove {present.Count} tester(s) from beta group '{group.Name}'", () => _client.BetaGroups.RemoveTestersAsync(group.Id, present.Select(e => testers[e].Id), cancellationToken));
                }

                removedSet.UnionWith(present);
            }

            removed.AddRange(emails.Where(removedSet.Contains));
            notPresent.AddRange(emails.Where(e => !removedSet.Contains(e)));
        }

        var result = new AscRemoveTestersResult { Removed = removed, NotPresent = notPresent, DryRun = settings.DryRun };
        Log.Write(AscLogLevel.Information, $"{resolved.BundleId}: {result}.");
        return result;
    }

    /// <summary>Lists an app's testers with the names of their groups, all pages read.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Filters.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The testers, ordered by email address.</returns>
    public async Task<IReadOnlyList<AscBetaTester>> GetAsync(string app, AscGetTestersSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Email is { } email && !AscTester.IsValidEmail(email.Trim()))
        {
            throw new ArgumentException($"'{email}' is not an email address.");
        }

        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var filterGroups = await BetaGroupService.ResolveAsync(_client, resolved, settings.Groups, cancellationToken);
        var testers = await _client.BetaTesters.ListAsync(
            new AscBetaTesterFilter
            {
                AppId = resolved.Id,
                GroupIds = [.. filterGroups.Values.Select(g => g.Id).Distinct()],
                Emails = settings.Email is null ? [] : [settings.Email.Trim()],
                FirstName = settings.FirstName,
                LastName = settings.LastName,
                InviteType = settings.InviteType,
            },
            cancellationToken);

        // Group names come from each group's member list: a few paged reads, not one per tester.
        var groupNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in await _client.BetaGroups.ListAsync(resolved.Id, cancellationToken: cancellationToken))
        {
            foreach (var id in await _client.BetaGroups.GetTesterIdsAsync(group.Id, cancellationToken))
            {
                if (!groupNames.TryGetValue(id, out var names))
                {
                    groupNames[id] = names = [];
                }

                names.Add(group.Name);
            }
        }

        return [.. testers
            .Where(t => settings.Email is null || string.Equals(t.Email, settings.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(t => t with { Groups = groupNames.TryGetValue(t.Id, out var names) ? names : [] })
            .OrderBy(t => t.Email, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Writes an app's testers to a CSV file in fastlane pilot's format.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="path">The file.</param>
    /// <param name="settings">Filters.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The testers written.</returns>
    public async Task<IReadOnlyList<AscBetaTester>> ExportAsync(string app, string path, AscGetTestersSettings settings, CancellationToken cancellationToken = default)
    {
        OutputPaths.CheckFile(path, "The tester file");
        var testers = await GetAsync(app, settings, cancellationToken);
        TesterCsv.Write(testers, path);
        Log.Write(AscLogLevel.Information, $"Wrote {testers.Count} tester(s) to {path}.");
        return testers;
    }

    private static List<AscTester> Validate(IEnumerable<AscTester> testers, AscAddTestersSettings settings)
    {
        if (settings.MaxConcurrency is < 1 or > 16)
        {
            throw new ArgumentException($"MaxConcurrency must be from 1 to 16, not {settings.MaxConcurrency}.");
        }

        var defaults = settings.Groups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        var merged = new Dictionary<string, AscTester>(StringComparer.OrdinalIgnoreCase);
        foreach (var tester in testers)
        {
            if (!AscTester.IsValidEmail(tester.Email))
            {
                problems.Add($"'{tester.Email}' ({tester.FirstName} {tester.LastName}) is not an email address");
                continue;
            }

            var groups = tester.Groups.Count > 0 ? tester.Groups : defaults;
            if (groups.Count == 0)
            {
                problems.Add($"{tester.Email} names no group; give groups per tester (the CSV's fourth column) or default Groups");
                continue;
            }

            merged[tester.Email] = merged.TryGetValue(tester.Email, out var earlier)
                ? earlier with { Groups = [.. earlier.Groups.Union(groups, StringComparer.Ordinal)] }
                : tester with { Groups = groups };
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"{problems.Count} tester(s) are invalid; nothing was changed:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems.Take(20)));
        }

        return merged.Count == 0
            ? throw new ArgumentException("No testers to add: give Testers, AddTester(…) or a CsvFile.")
            : [.. merged.Values];
    }

    private async Task CreateTestersAsync(List<AscTester> toCreate, IReadOnlyDictionary<string, AscBetaGroup> groups, int concurrency, ConcurrentBag<AscTesterOutcome> invited, ConcurrentBag<AscTesterOutcome> added, ConcurrentBag<AscTesterOutcome> failed, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(toCreate, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (tester, ct) =>
        {
            var groupIds = tester.Groups.Select(n => groups[n].Id).Distinct(StringComparer.Ordinal).ToList();
            try
            {
                var (created, isNew) = await IdempotentCreate.RunAsync(
                    $"tester {tester.Email}",
                    c => _client.BetaTesters.FindByEmailAsync(tester.Email, c),
                    c => _client.BetaTesters.CreateAsync(tester.Email, tester.FirstName, tester.LastName, groupIds, c),
                    Log,
                    cancellationToken: ct);
                if (!isNew)
                {
                    // It existed (another app's tester, or a concurrent run): make sure it is in the groups.
                    await _client.BetaTesters.AddToGroupsAsync(created.Id, groupIds, ct);
                }

                var outcome = Outcome(tester, created.Id) with { AddedTo = tester.Groups };
                added.Add(outcome);
                if (isNew)
                {
                    invited.Add(outcome);
                }
            }
            catch (Exception ex) when (ex is AscApiException or AscOutcomeUnknownException)
            {
                failed.Add(Outcome(tester, null) with { Reason = Reason(ex) });
            }
        });
    }

    private async Task AttachAsync(List<(AscTester Tester, AscBetaTester Existing, List<AscBetaGroup> Missing)> toAttach, ConcurrentBag<AscTesterOutcome> failed, ConcurrentBag<AscTesterOutcome> added, CancellationToken cancellationToken)
    {
        var failedEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var byGroup = toAttach.SelectMany(a => a.Missing.Select(g => (Group: g, a.Tester, a.Existing))).GroupBy(x => x.Group.Id);
        foreach (var batch in byGroup)
        {
            var group = batch.First().Group;
            try
            {
                await _client.BetaGroups.AddTestersAsync(group.Id, batch.Select(x => x.Existing.Id), cancellationToken);
                Log.Write(AscLogLevel.Verbose, $"Added {batch.Count()} existing tester(s) to beta group '{group.Name}'.");
            }
            catch (AscApiException ex)
            {
                // One bad tester fails the whole bulk request; one by one says which.
                Log.Write(AscLogLevel.Warning, $"Adding {batch.Count()} tester(s) to '{group.Name}' at once failed ({ex.StatusCode}); adding them one by one to find which.");
                foreach (var (_, tester, existing) in batch)
                {
                    try
                    {
                        await _client.BetaTesters.AddToGroupsAsync(existing.Id, [group.Id], cancellationToken);
                    }
                    catch (AscApiException single)
                    {
                        failedEmails.Add(tester.Email);
                        failed.Add(Outcome(tester, existing.Id) with { Reason = $"'{group.Name}': {Reason(single)}" });
                    }
                }
            }
        }

        foreach (var (tester, existing, missing) in toAttach.Where(a => !failedEmails.Contains(a.Tester.Email)))
        {
            added.Add(Outcome(tester, existing.Id) with { AddedTo = [.. missing.Select(g => g.Name)] });
        }
    }

    /// <summary>One create per new tester, one batch per group that existing testers join.</summary>
    private static int RequestsFor(List<AscTester> toCreate, List<(AscTester Tester, AscBetaTester Existing, List<AscBetaGroup> Missing)> toAttach) =>
        toCreate.Count + toAttach.SelectMany(a => a.Missing).Select(g => g.Id).Distinct().Count();
    /// <summary>
    /// Says before the first change what the key's hourly budget (X-Rate-Limit, read on the lookups just made)
    /// allows: a large import past it meets 429s and takes hours, which nobody should learn half-way.
    /// </summary>
    private void ReportBudget(AscApp app, int requests)
    {
        if (requests == 0 || _client.Connection.LastRateLimit is not { HourLimit: > 0 and var limit, HourRemaining: { } remaining })
        {
            return;
        }

        if (requests <= remaining)
        {
            Log.Write(AscLogLevel.Information, $"{app.BundleId}: about {requests} request(s) to make; the key has {remaining} of {limit} left this hour.");
            return;
        }

        var hours = (int)Math.Ceiling((double)(requests - remaining) / limit);
        Log.Write(
            AscLogLevel.Warning,
            $"{app.BundleId}: this import needs about {requests} requests, but the key has {remaining} of its {limit} per hour left (X-Rate-Limit). " +
            $"Past that App Store Connect answers 429 until its rolling hour frees requests, so the import will take at least {hours} more hour(s). " +
            "Consider splitting the list over several runs: a re-run adds only the testers still missing.");
    }

    private AscAddTestersResult DryRunResult(AscApp app, IReadOnlyDictionary<string, AscBetaGroup> groups, List<AscTester> toCreate, List<(AscTester Tester, AscBetaTester Existing, List<AscBetaGroup> Missing)> toAttach, List<AscTesterOutcome> alreadyPresent, ChangePlan plan)
    {
        var invited = toCreate.Select(t => Outcome(t, null) with { AddedTo = t.Groups }).ToList();
        var attached = toAttach.Select(a => Outcome(a.Tester, a.Existing.Id) with { AddedTo = [.. a.Missing.Select(g => g.Name)] }).ToList();
        var requests = RequestsFor(toCreate, toAttach);
        plan.Change($"create {toCreate.Count} tester(s) and add {toAttach.Count} existing tester(s) to groups of {app.BundleId} ({groups.Count} group(s)), in about {requests} request(s)");
        foreach (var outcome in invited.Concat(attached).Take(50))
        {
            Log.Write(AscLogLevel.Verbose, $"Dry run: would add {outcome} to {string.Join(", ", outcome.AddedTo)}");
        }

        return new AscAddTestersResult { Added = [.. invited, .. attached], Invited = invited, AlreadyPresent = alreadyPresent, DryRun = true };
    }

    private static AscTesterOutcome Outcome(AscTester tester, string? id) =>
        new(tester.Email, tester.FirstName, tester.LastName, tester.Groups) { TesterId = id };

    private static string Reason(Exception ex) => ex switch
    {
        AscApiException api => $"{(int)api.StatusCode} {string.Join("; ", api.Errors.Select(e => e.Detail ?? e.Title).Where(d => !string.IsNullOrEmpty(d)).DefaultIfEmpty(api.StatusCode.ToString()))}",
        _ => ex.Message,
    };
}
