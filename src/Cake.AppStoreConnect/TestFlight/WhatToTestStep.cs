using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>The "What to Test" notes of a build, one per locale, written where they differ.</summary>
internal sealed class WhatToTestStep(AppStoreConnectClient client)
{
    public async Task ApplyAsync(ChangePlan plan, AscBuild build, IReadOnlyDictionary<string, string> notes, CancellationToken cancellationToken)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var existing = await client.BetaBuildLocalizations.ListAsync(build.Id, cancellationToken);
        foreach (var (locale, text) in notes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var current = existing.FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase));
            if (current is not null && string.Equals(current.WhatsNew ?? string.Empty, text, StringComparison.Ordinal))
            {
                plan.InPlace($"'What to Test' ({locale}) is as asked");
            }
            else if (current is not null)
            {
                await plan.ChangeAsync($"update 'What to Test' ({locale})", () => client.BetaBuildLocalizations.UpdateAsync(current.Id, text, cancellationToken));
            }
            else
            {
                await plan.ChangeAsync($"add 'What to Test' ({locale})", async () =>
                {
                    var (made, created) = await IdempotentCreate.RunAsync(
                        $"'What to Test' ({locale}) of build {build}",
                        async ct => (await client.BetaBuildLocalizations.ListAsync(build.Id, ct)).FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase)),
                        ct => client.BetaBuildLocalizations.CreateAsync(build.Id, locale, text, ct),
                        client.Connection.Log,
                        cancellationToken: cancellationToken);
                    if (!created && !string.Equals(made.WhatsNew ?? string.Empty, text, StringComparison.Ordinal))
                    {
                        await client.BetaBuildLocalizations.UpdateAsync(made.Id, text, cancellationToken);
                    }
                });
            }
        }
    }
}
