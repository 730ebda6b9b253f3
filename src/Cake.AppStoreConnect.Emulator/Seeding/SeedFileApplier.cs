using Cake.AppStoreConnect.Emulator.Resources;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.Resources.BetaTesters;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>Turns a checked <see cref="SeedFile"/> into records, after the demo seed when both are asked for.</summary>
internal static class SeedFileApplier
{
    /// <summary>When the seed gives no date: a fixed moment, so two runs of one seed answer the same.</summary>
    public static readonly DateTimeOffset DefaultDate = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Gets the bundle ids of the demo seed's apps, which a seed file combined with it may not repeat.</summary>
    public static IReadOnlyCollection<string> DemoBundleIds()
    {
        // The demo's apps seeded into a table of their own: the seed file is checked before anything is stored.
        var scratch = new StateStore(stateFile: null);
        scratch.Register<AppRecord>("apps");
        return scratch.Write(s =>
        {
            AppSeeder.Seed(s);
            return s.Table<AppRecord>().All.Select(a => a.BundleId).ToList();
        });
    }

    /// <summary>Adds the records of a seed file checked by <see cref="SeedFile.Load"/>.</summary>
    public static void Apply(StateStore store, SeedFile seed, DateTimeOffset now)
    {
        store.Write(s =>
        {
            // One tester per email address in the account, the demo's included.
            var testers = new Dictionary<string, BetaTesterRecord>(StringComparer.OrdinalIgnoreCase);
            foreach (var existing in s.Table<BetaTesterRecord>().All)
            {
                testers.TryAdd(existing.Email, existing);
            }

            foreach (var app in seed.Apps)
            {
                var appId = SeedIds.App(app);
                s.Table<AppRecord>().Add(new AppRecord
                {
                    Id = appId,
                    Name = app.Name,
                    BundleId = app.BundleId,
                    Sku = app.Sku ?? app.BundleId,
                    PrimaryLocale = app.PrimaryLocale,
                    Platforms = [.. app.Platforms],
                    ContentRightsDeclaration = app.ContentRightsDeclaration,
                });
                AddVersions(s, app, appId, now);
                AddBuilds(s, app, appId, now);
                AddGroups(s, app, appId, testers);
                SeedReviewApplier.Add(s, app, appId);
            }

            SeedCertificateApplier.Add(s, seed.Certificates, now);
        });
    }

    private static void AddVersions(StateStore store, SeedApp app, string appId, DateTimeOffset now)
    {
        foreach (var seeded in app.Versions)
        {
            var platform = seeded.Platform ?? app.Platforms[0];
            var version = new AppStoreVersionRecord
            {
                Id = SeedIds.Version(appId, platform, seeded),
                AppId = appId,
                Platform = platform,
                VersionString = seeded.VersionString,
                Copyright = seeded.Copyright,
                ReleaseType = seeded.ReleaseType,
                EarliestReleaseDate = seeded.EarliestReleaseDate,
                CreatedDate = seeded.CreatedDate ?? DefaultDate,
                Stage = SeedFileRules.VersionStages[seeded.State],
                BuildId = seeded.BuildNumber is null ? null : SeedIds.Build(appId, platform, seeded.AttachedBuilds(app, platform)[0]),
            };

            // A held version went to review once: a new version must be higher than it, as for one submitted here.
            version.SubmittedAt = AppVersionStates.Held.Contains(version.Stage) ? version.CreatedDate : null;

            // Apple releases an approved version scheduled without a date on its own; the emulator counts from now.
            version.ReleaseRequestedAt = version.Stage == AppVersionStates.PendingAppleRelease && version.EarliestReleaseDate is null ? now : null;
            store.Table<AppStoreVersionRecord>().Add(version);
            foreach (var localization in seeded.Localizations)
            {
                store.Table<AppStoreVersionLocalizationRecord>().Add(new AppStoreVersionLocalizationRecord
                {
                    Id = localization.Id ?? SeedIds.Uuid($"appStoreVersionLocalization:{version.Id}:{localization.Locale}"),
                    AppStoreVersionId = version.Id,
                    Locale = localization.Locale,
                    Description = localization.Description,
                    Keywords = localization.Keywords,
                    MarketingUrl = localization.MarketingUrl,
                    PromotionalText = localization.PromotionalText,
                    SupportUrl = localization.SupportUrl,
                    WhatsNew = localization.WhatsNew,
                });
            }
        }
    }

    private static void AddBuilds(StateStore store, SeedApp app, string appId, DateTimeOffset now)
    {
        foreach (var seeded in app.Builds)
        {
            var platform = seeded.Platform ?? app.Platforms[0];
            var preRelease = store.Table<PreReleaseVersionRecord>().Where(v => v.AppId == appId && v.Version == seeded.Version && v.Platform == platform).FirstOrDefault();
            if (preRelease is null)
            {
                preRelease = new PreReleaseVersionRecord
                {
                    Id = seeded.PreReleaseVersionId ?? SeedIds.Uuid($"preReleaseVersion:{appId}:{platform}:{seeded.Version}"),
                    AppId = appId,
                    Version = seeded.Version,
                    Platform = platform,
                };
                store.Table<PreReleaseVersionRecord>().Add(preRelease);
            }

            var uploaded = seeded.UploadedDate ?? now.AddDays(-1);
            store.Table<BuildRecord>().Add(new BuildRecord
            {
                Id = SeedIds.Build(appId, platform, seeded),
                AppId = appId,
                PreReleaseVersionId = preRelease.Id,
                Version = seeded.BuildNumber,
                UploadedDate = uploaded,
                ProcessingCompletesAt = uploaded,
                MinOsVersion = seeded.MinOsVersion ?? (platform == Platforms.MacOs ? "14.0" : "17.0"),
                UsesNonExemptEncryption = seeded.UsesNonExemptEncryption,
                ExpiredManually = seeded.Expired,
            });
        }
    }

    // Checked by SeedFileRules: each names one of the app's builds. Nothing else is made: a build in an external group
    // is beta-reviewed only if the pipeline submits it, as when a build is added to a group here.
    private static void AddGroupBuilds(SeedApp app, string appId, SeedBetaGroup seeded, BetaGroupRecord group)
    {
        foreach (var wanted in seeded.Builds)
        {
            var build = wanted.Matches(app)[0];
            group.BuildIds.Add(SeedIds.Build(appId, SeedGroupBuild.PlatformOf(app, build), build));
        }
    }

    private static void AddGroups(StateStore store, SeedApp app, string appId, Dictionary<string, BetaTesterRecord> testers)
    {
        foreach (var seeded in app.BetaGroups)
        {
            var group = new BetaGroupRecord
            {
                Id = seeded.Id ?? SeedIds.Uuid($"betaGroup:{appId}:{seeded.Name}"),
                AppId = appId,
                Name = seeded.Name,
                IsInternal = seeded.Internal,
                HasAccessToAllBuilds = seeded.HasAccessToAllBuilds ?? (seeded.Internal ? false : null),
                PublicLinkEnabled = seeded.PublicLinkEnabled,
                PublicLinkId = seeded.PublicLinkId ?? (seeded.PublicLinkEnabled ? SeedIds.Uuid($"publicLink:{appId}:{seeded.Name}")[..8] : null),
                PublicLinkLimitEnabled = seeded.PublicLinkLimitEnabled,
                PublicLinkLimit = seeded.PublicLinkLimit,
                FeedbackEnabled = seeded.FeedbackEnabled,
                CreatedDate = seeded.CreatedDate ?? DefaultDate,
            };
            store.Table<BetaGroupRecord>().Add(group);
            AddGroupBuilds(app, appId, seeded, group);
            foreach (var seededTester in seeded.Testers)
            {
                if (!testers.TryGetValue(seededTester.Email, out var tester))
                {
                    tester = new BetaTesterRecord
                    {
                        Id = seededTester.Id ?? SeedIds.Uuid($"betaTester:{seededTester.Email.ToLowerInvariant()}"),
                        Email = seededTester.Email,
                        FirstName = seededTester.FirstName,
                        LastName = seededTester.LastName,
                        InviteType = seededTester.InviteType,
                        State = seededTester.State,
                    };
                    testers[seededTester.Email] = tester;
                    store.Table<BetaTesterRecord>().Add(tester);
                }

                if (!tester.AppIds.Contains(appId))
                {
                    tester.AppIds.Add(appId);
                }

                if (!group.TesterIds.Contains(tester.Id))
                {
                    group.TesterIds.Add(tester.Id);
                }
            }
        }
    }
}
