// Cake.AppStoreConnect recipe: ready-made release tasks for App Store Connect.
//
// Load it after the add-in, from its package (the same version as the add-in):
//     #addin nuget:?package=Cake.AppStoreConnect&version=1.0.0&loaddependencies=true
//     #load nuget:?package=Cake.AppStoreConnect.Recipe&version=1.0.0
//     #tool dotnet:?package=Cake.AppStoreConnect.Emulator&version=1.0.0    (for --rehearse)
//     RunTarget(Argument("target", "AppStoreConnect-Release"));
//
// Configure it with Cake arguments (--asc-archive=...), environment variables (ASC_ARCHIVE=...), or by
// setting AppStoreConnectRecipe's properties before RunTarget. Credentials come from ASC_* variables
// (or fastlane's), as for every alias.
//
// | argument                  | variable                  | meaning                                                     |
// |---------------------------|---------------------------|-------------------------------------------------------------|
// | --asc-archive             | ASC_ARCHIVE               | the .ipa or .pkg to upload                                  |
// | --asc-dry-run             | ASC_DRY_RUN               | print the plan, change nothing                              |
// | --asc-processing-timeout  | ASC_PROCESSING_TIMEOUT    | minutes to wait for processing (default 60)                 |
// | --asc-uses-encryption     | ASC_USES_ENCRYPTION       | export compliance answer (true/false); unset = Info.plist's |
// | --asc-groups              | ASC_BETA_GROUPS           | TestFlight groups, comma-separated                          |
// | --asc-notes               | ASC_WHAT_TO_TEST          | "What to Test" text (en-US)                                 |
// | --asc-notes-file          | ASC_WHAT_TO_TEST_FILE     | a file holding the "What to Test" text                      |
// | --asc-wait-beta-review    | ASC_WAIT_BETA_REVIEW      | wait for the beta app review outcome (true/false)           |
// |                           | ASC_BETA_CONTACT_FIRST_NAME, _LAST_NAME, _EMAIL, _PHONE | beta review contact             |
// | --asc-release-notes       | ASC_RELEASE_NOTES         | App Store "What's New" (en-US)                              |
// | --asc-release-notes-file  | ASC_RELEASE_NOTES_FILE    | a file holding "What's New"                                 |
// | --asc-release-type        | ASC_RELEASE_TYPE          | MANUAL or AFTER_APPROVAL (default)                          |
// | --asc-third-party-content | ASC_THIRD_PARTY_CONTENT   | content rights answer (true/false)                          |
// | --asc-replace-submission  | ASC_REPLACE_SUBMISSION    | cancel an open review submission that blocks this one       |
// | --asc-metadata            | ASC_METADATA_FOLDER       | fastlane deliver's metadata folder, synced before Submit    |
// | --asc-age-rating          | ASC_AGE_RATING_FILE       | fastlane's age rating JSON, synced with the metadata        |
// | --rehearse                | ASC_REHEARSE              | run against a local App Store Connect (asc-emulator) that   |
// |                           |                           | the recipe starts first and stops at the end, whatever keys |
// |                           |                           | are set: the whole release, changing nothing at Apple       |
// | --asc-rehearse-state      | ASC_REHEARSE_STATE        | with --rehearse: the emulator's state file (a snapshot, or  |
// |                           |                           | a rehearsal carried on over runs); default: the demo seed   |
// | --asc-rehearse-seed-file  | ASC_REHEARSE_SEED_FILE    | with --rehearse: the emulator's --seed-file (your apps      |
// |                           |                           | alone, no demo; format in the emulator's README)            |
// | --asc-emulator            | ASC_EMULATOR              | with --rehearse: the asc-emulator executable; default: the  |
// |                           |                           | one #tool installed (Cake's tool locator), then PATH        |
//
// Tasks: AppStoreConnect-Preflight (first, always: checks that the key may do every job the tasks of this
//        run need (AscVerifyCredentials with Require), then everything else they need; changes nothing; its
//        errors name the argument to fix, or the permission and the roles that allow it),
//        AppStoreConnect-Upload, AppStoreConnect-TestFlight (after Upload),
//        AppStoreConnect-Metadata (after Upload, when a metadata folder is given: sync the listing),
//        AppStoreConnect-Submit (after Upload and Metadata: prepare the version, attach the build, submit for review),
//        AppStoreConnect-Release (Upload, TestFlight and Submit).
//
// A dry run reads everything and prints the plan of every task, including those that need a build not
// uploaded yet.

using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Rehearsal;
using Cake.AppStoreConnect.Client.Access;

public sealed class AppStoreConnectRecipeSettings
{
    public FilePath Archive { get; set; }
    public bool DryRun { get; set; }
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(60);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public bool? UsesNonExemptEncryption { get; set; }

    public List<string> Groups { get; } = new List<string>();
    public string WhatToTest { get; set; }
    public FilePath WhatToTestFile { get; set; }
    public bool WaitForBetaReview { get; set; }
    public string ContactFirstName { get; set; }
    public string ContactLastName { get; set; }
    public string ContactEmail { get; set; }
    public string ContactPhone { get; set; }

    public string ReleaseNotes { get; set; }
    public FilePath ReleaseNotesFile { get; set; }
    public string ReleaseType { get; set; }
    public bool? ContainsThirdPartyContent { get; set; }
    public bool ReplaceOpenSubmission { get; set; }
    public bool WaitForReview { get; set; }
    public DirectoryPath MetadataFolder { get; set; }
    public FilePath AgeRatingFile { get; set; }

    // --rehearse: the local App Store Connect every task of this run talks to.
    public bool Rehearse { get; set; }
    public FilePath RehearsalState { get; set; }
    public FilePath RehearsalSeedFile { get; set; }
    public FilePath EmulatorTool { get; set; }
    public AscEmulator Emulator { get; set; }

    // What the tasks found or did, for the tasks that follow and for a summary.
    public AppArchiveInfo ArchiveInfo { get; set; }
    public AscUploadBuildResult Upload { get; set; }
    public AscDistributeBuildResult TestFlight { get; set; }
    public AscPrepareAppStoreVersionResult Prepared { get; set; }
    public AscChangeResult<IReadOnlyList<Cake.AppStoreConnect.Listing.AscMetadataChange>> Metadata { get; set; }
    public AscSubmitForReviewResult Submitted { get; set; }

    // A dry run whose build is not uploaded yet: the steps after the upload can only say what they would do.
    public bool PlansWithoutBuild(AscUploadBuildResult upload) => upload.DryRun && !upload.AlreadyUploaded;
}

var AppStoreConnectRecipe = new AppStoreConnectRecipeSettings
{
    Archive = RecipeArgument("asc-archive", "ASC_ARCHIVE") is { Length: > 0 } archive ? new FilePath(archive) : null,
    DryRun = RecipeArgument("asc-dry-run", "ASC_DRY_RUN") is "true" or "1",
    ProcessingTimeout = TimeSpan.FromMinutes(double.Parse(RecipeArgument("asc-processing-timeout", "ASC_PROCESSING_TIMEOUT") ?? "60", System.Globalization.CultureInfo.InvariantCulture)),
    UsesNonExemptEncryption = RecipeArgument("asc-uses-encryption", "ASC_USES_ENCRYPTION") is { Length: > 0 } encryption ? bool.Parse(encryption) : null,
};

AppStoreConnectRecipe.Groups.AddRange((RecipeArgument("asc-groups", "ASC_BETA_GROUPS") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
AppStoreConnectRecipe.WhatToTest = RecipeArgument("asc-notes", "ASC_WHAT_TO_TEST");
AppStoreConnectRecipe.WhatToTestFile = RecipeArgument("asc-notes-file", "ASC_WHAT_TO_TEST_FILE") is { Length: > 0 } notesFile ? MakeAbsolute(File(notesFile)) : null;
AppStoreConnectRecipe.WaitForBetaReview = RecipeArgument("asc-wait-beta-review", "ASC_WAIT_BETA_REVIEW") is "true" or "1";
AppStoreConnectRecipe.ContactFirstName = EnvironmentVariable("ASC_BETA_CONTACT_FIRST_NAME");
AppStoreConnectRecipe.ContactLastName = EnvironmentVariable("ASC_BETA_CONTACT_LAST_NAME");
AppStoreConnectRecipe.ContactEmail = EnvironmentVariable("ASC_BETA_CONTACT_EMAIL");
AppStoreConnectRecipe.ContactPhone = EnvironmentVariable("ASC_BETA_CONTACT_PHONE");

AppStoreConnectRecipe.ReleaseNotes = RecipeArgument("asc-release-notes", "ASC_RELEASE_NOTES");
AppStoreConnectRecipe.ReleaseNotesFile = RecipeArgument("asc-release-notes-file", "ASC_RELEASE_NOTES_FILE") is { Length: > 0 } releaseNotesFile ? MakeAbsolute(File(releaseNotesFile)) : null;
AppStoreConnectRecipe.ReleaseType = RecipeArgument("asc-release-type", "ASC_RELEASE_TYPE");
AppStoreConnectRecipe.ContainsThirdPartyContent = RecipeArgument("asc-third-party-content", "ASC_THIRD_PARTY_CONTENT") is { Length: > 0 } thirdParty ? bool.Parse(thirdParty) : null;
AppStoreConnectRecipe.ReplaceOpenSubmission = RecipeArgument("asc-replace-submission", "ASC_REPLACE_SUBMISSION") is "true" or "1";
AppStoreConnectRecipe.MetadataFolder = RecipeArgument("asc-metadata", "ASC_METADATA_FOLDER") is { Length: > 0 } metadataFolder ? MakeAbsolute(Directory(metadataFolder)) : null;
AppStoreConnectRecipe.AgeRatingFile = RecipeArgument("asc-age-rating", "ASC_AGE_RATING_FILE") is { Length: > 0 } ageRatingFile ? MakeAbsolute(File(ageRatingFile)) : null;

AppStoreConnectRecipe.Rehearse = HasArgument("rehearse")
    ? Context.Arguments.GetArguments("rehearse").LastOrDefault() is null or "" or "true" or "1" // a bare --rehearse has no value
    : EnvironmentVariable("ASC_REHEARSE") is "true" or "1";
AppStoreConnectRecipe.RehearsalState = RecipeArgument("asc-rehearse-state", "ASC_REHEARSE_STATE") is { Length: > 0 } rehearsalState ? MakeAbsolute(File(rehearsalState)) : null;
AppStoreConnectRecipe.RehearsalSeedFile = RecipeArgument("asc-rehearse-seed-file", "ASC_REHEARSE_SEED_FILE") is { Length: > 0 } seedFile ? MakeAbsolute(File(seedFile)) : null;
AppStoreConnectRecipe.EmulatorTool = RecipeArgument("asc-emulator", "ASC_EMULATOR") is { Length: > 0 } emulatorTool ? MakeAbsolute(File(emulatorTool)) : null;

string RecipeArgument(string argument, string variable) =>
    HasArgument(argument) ? Argument<string>(argument) : EnvironmentVariable(variable);

// The recipe's tasks this run executes, known before the first one runs, so the preflight checks only
// what they need.
var AppStoreConnectRecipeTasks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
Setup(context =>
{
    foreach (var task in context.TasksToExecute)
    {
        AppStoreConnectRecipeTasks.Add(task.Name);
    }

    if (AppStoreConnectRecipe.Rehearse)
    {
        AppStoreConnectRecipe.Emulator = AppStoreConnectRecipeStartEmulator(AppStoreConnectRecipe);
    }
});

// The change report first ("what this pipeline would change at Apple", also in the CI run summary), failed
// run or not; then stopped here, and by the add-in when the process ends without reaching this (a crash,
// Ctrl+C), and by the emulator itself when this process is killed.
Teardown(context =>
{
    if (AppStoreConnectRecipe.Emulator is not { } emulator)
    {
        return;
    }

    try
    {
        AscReportEmulatorChanges(emulator);
    }
    finally
    {
        emulator.Dispose();
    }
});

// Before the first task, so every alias of the run (the script's own too) talks to the emulator.
AscEmulator AppStoreConnectRecipeStartEmulator(AppStoreConnectRecipeSettings recipe)
{
    var settings = new AscEmulatorSettings
    {
        ProcessingTime = TimeSpan.FromSeconds(1),
        ReviewTime = TimeSpan.FromSeconds(1),
        BetaReviewTime = TimeSpan.FromSeconds(1),
        ToolPath = recipe.EmulatorTool,
    };
    if (recipe.RehearsalState is not null)
    {
        settings.StateFile = recipe.RehearsalState;
    }

    if (recipe.RehearsalSeedFile is not null)
    {
        settings.Seed = null;
        settings.SeedFile = recipe.RehearsalSeedFile;
    }

    recipe.PollInterval = TimeSpan.FromMilliseconds(500);
    var emulator = AscStartEmulator(settings);
    Information("Rehearsal: every App Store Connect request of this run goes to {0}, not to Apple.", emulator.ApiUrl);
    return emulator;
}

Task("AppStoreConnect-Preflight")
    .Description("Checks everything the tasks of this run need (archive, app, groups, notes, answers, the version's state) before the first change.")
    .Does(() =>
{
    var recipe = AppStoreConnectRecipe;
    var testFlight = AppStoreConnectRecipeTasks.Contains("AppStoreConnect-TestFlight");
    var submit = AppStoreConnectRecipeTasks.Contains("AppStoreConnect-Submit");

    // The key's role first: a key too narrow for this run fails here, in seconds, not after the upload.
    var permissions = new List<AscPermission> { AscPermission.ListApps, AscPermission.UploadBuilds };
    if (testFlight)
    {
        permissions.Add(AscPermission.ManageTestFlight);
    }

    if (submit)
    {
        permissions.AddRange(new[] { AscPermission.EditMetadata, AscPermission.SubmitForReview });
    }

    AscVerifyCredentials(s => s.Require(permissions.ToArray()));

    var problems = new List<string>();

    string ReadText(FilePath file, string argument, string variable)
    {
        if (file is null)
        {
            return null;
        }

        if (!FileExists(file))
        {
            problems.Add($"{file} does not exist: fix --{argument} (or {variable}).");
            return null;
        }

        return System.IO.File.ReadAllText(file.FullPath).Trim();
    }

    if (recipe.Archive is null)
    {
        problems.Add("No archive to upload: pass --asc-archive=path/to/App.ipa, set ASC_ARCHIVE, or set AppStoreConnectRecipe.Archive.");
    }
    else if (!FileExists(recipe.Archive))
    {
        problems.Add($"The archive {MakeAbsolute(recipe.Archive)} does not exist: fix --asc-archive (or ASC_ARCHIVE).");
    }
    else
    {
        recipe.ArchiveInfo = AppArchiveReader.Read(MakeAbsolute(recipe.Archive).FullPath);
    }

    if (testFlight)
    {
        recipe.WhatToTest = ReadText(recipe.WhatToTestFile, "asc-notes-file", "ASC_WHAT_TO_TEST_FILE") ?? recipe.WhatToTest;
        if (recipe.Groups.Count == 0)
        {
            problems.Add("No TestFlight groups to distribute to: pass --asc-groups=\"Internal QA,Public Beta\", set ASC_BETA_GROUPS, or add to AppStoreConnectRecipe.Groups.");
        }

        if (recipe.WhatToTest is { Length: > 4000 })
        {
            problems.Add($"\"What to Test\" is {recipe.WhatToTest.Length} characters; Apple takes 4000 at most: shorten --asc-notes or --asc-notes-file.");
        }
    }

    if (submit)
    {
        recipe.ReleaseNotes = ReadText(recipe.ReleaseNotesFile, "asc-release-notes-file", "ASC_RELEASE_NOTES_FILE") ?? recipe.ReleaseNotes;
        if (recipe.ReleaseType is { Length: > 0 } type && type is not ("MANUAL" or "AFTER_APPROVAL"))
        {
            problems.Add($"--asc-release-type '{type}' is not one the recipe takes: use MANUAL or AFTER_APPROVAL (a SCHEDULED release needs a date: use AscPrepareAppStoreVersion's UseScheduledRelease).");
        }

        if (recipe.ReleaseNotes is { Length: > 4000 })
        {
            problems.Add($"The release notes are {recipe.ReleaseNotes.Length} characters; Apple takes 4000 at most: shorten --asc-release-notes or --asc-release-notes-file.");
        }
    }

    var archive = recipe.ArchiveInfo;
    if (archive is not null && (testFlight || submit) && (recipe.UsesNonExemptEncryption ?? archive.UsesNonExemptEncryption) is null)
    {
        problems.Add($"Export compliance is unanswered: {archive.FileName} has no ITSAppUsesNonExemptEncryption, so pass --asc-uses-encryption=false (true if the app uses non-exempt encryption) or set ASC_USES_ENCRYPTION.");
    }

    if (archive is not null)
    {
        var app = AscGetApp(archive.BundleId);
        var client = AscClientFactory.Create(Context, new AscSettings());
        if (testFlight && recipe.Groups.Count > 0)
        {
            var groups = AscGetBetaGroups(app.Id).Select(g => g.Name).ToList();
            foreach (var unknown in recipe.Groups.Where(g => !groups.Contains(g, StringComparer.Ordinal)))
            {
                problems.Add($"{app.BundleId} has no TestFlight group '{unknown}' (it has {(groups.Count == 0 ? "none" : string.Join(", ", groups.Select(g => $"'{g}'")))}): fix --asc-groups (or ASC_BETA_GROUPS), or create the group.");
            }
        }

        if (submit)
        {
            if (recipe.ContainsThirdPartyContent is null && client.ContentRights.GetAsync(app.Id).GetAwaiter().GetResult() is null)
            {
                problems.Add($"{app.BundleId}'s content rights question is unanswered, and App Review needs it: pass --asc-third-party-content=false (true if the app shows, contains or accesses third-party content) or set ASC_THIRD_PARTY_CONTENT.");
            }

            problems.AddRange(AppStoreConnectRecipeVersionProblems(client, app, archive));
        }
    }

    if (problems.Count > 0)
    {
        throw new InvalidOperationException($"The release cannot go ahead; nothing was changed:{Environment.NewLine} - {string.Join(Environment.NewLine + " - ", problems)}");
    }

    Information("Preflight: {0}{1}{2} can go ahead{3}.", archive, testFlight ? ", TestFlight" : string.Empty, submit ? ", App Store submission" : string.Empty, recipe.DryRun ? " (dry run: nothing will change)" : string.Empty);
});

// Why the App Store version cannot take this archive's build, read before anything changes: a version
// already in review, approved or live with another build, or another version still on its way.
IEnumerable<string> AppStoreConnectRecipeVersionProblems(AppStoreConnectClient client, AscApp app, AppArchiveInfo archive)
{
    var versions = client.AppStoreVersions.ListAsync(app.Id, archive.Platform).GetAwaiter().GetResult();
    var same = versions.FirstOrDefault(v => v.VersionString == archive.ShortVersion);
    if (same is not null && !same.IsEditable)
    {
        var attachedId = same.BuildId ?? client.AppStoreVersions.GetBuildIdAsync(same.Id).GetAwaiter().GetResult();
        var attached = attachedId is null ? null : client.Builds.FindAsync(attachedId).GetAwaiter().GetResult();
        if (attached?.BuildNumber != archive.BuildVersion)
        {
            yield return $"{app.BundleId} {archive.Platform} version {archive.ShortVersion} is already {same.State}{(attached is null ? string.Empty : $" with build {attached.BuildNumber}")}, so it cannot take build {archive.BuildVersion}: raise CFBundleShortVersionString in the archive (--asc-archive) for the next release.";
        }
    }
    else if (same is null && versions.FirstOrDefault(v => v.IsInReview || v.IsApproved) is { } blocking)
    {
        yield return $"{app.BundleId} {archive.Platform} version {blocking.VersionString} is {blocking.State}, and App Store Connect takes a new version only once it is released{(blocking.IsInReview ? " or its review submission is canceled (AscCancelReviewSubmission)" : " (AscReleaseVersion)")}.";
    }
}

Task("AppStoreConnect-Upload")
    .Description("Uploads the archive through the Build Upload API and waits for processing.")
    .IsDependentOn("AppStoreConnect-Preflight")
    .Does(() =>
{
    AppStoreConnectRecipe.Upload = AscUploadBuild(AppStoreConnectRecipe.Archive, new AscUploadBuildSettings
    {
        DryRun = AppStoreConnectRecipe.DryRun,
        Timeout = AppStoreConnectRecipe.ProcessingTimeout,
        PollInterval = AppStoreConnectRecipe.PollInterval,
        UsesNonExemptEncryption = AppStoreConnectRecipe.UsesNonExemptEncryption,
    });
});

Task("AppStoreConnect-TestFlight")
    .Description("Distributes the uploaded build to the TestFlight groups with \"What to Test\" notes; external groups go to beta app review.")
    .IsDependentOn("AppStoreConnect-Upload")
    .Does(() =>
{
    var upload = AppStoreConnectRecipe.Upload;
    if (AppStoreConnectRecipe.PlansWithoutBuild(upload))
    {
        Information("Dry run: would distribute {0} {1} ({2}) once uploaded and processed to {3}: answer export compliance, set \"What to Test\", submit it for beta app review when a group is external. Nothing was changed.", upload.BundleId, upload.ShortVersion, upload.BuildNumber, string.Join(", ", AppStoreConnectRecipe.Groups.Select(g => $"'{g}'")));
        return;
    }

    var settings = new AscDistributeBuildSettings
    {
        BuildId = upload.BuildId,
        App = upload.BuildId is null ? upload.BundleId : null,
        VersionString = upload.BuildId is null ? upload.ShortVersion : null,
        BuildNumber = upload.BuildId is null ? upload.BuildNumber : null,
        WhatToTest = AppStoreConnectRecipe.WhatToTest,
        UsesNonExemptEncryption = AppStoreConnectRecipe.UsesNonExemptEncryption,
        WaitForBetaReview = AppStoreConnectRecipe.WaitForBetaReview,
        BetaReviewPollInterval = AppStoreConnectRecipe.PollInterval,
        PollInterval = AppStoreConnectRecipe.PollInterval,
        ContactFirstName = AppStoreConnectRecipe.ContactFirstName,
        ContactLastName = AppStoreConnectRecipe.ContactLastName,
        ContactEmail = AppStoreConnectRecipe.ContactEmail,
        ContactPhone = AppStoreConnectRecipe.ContactPhone,
        DryRun = AppStoreConnectRecipe.DryRun,
    };
    foreach (var group in AppStoreConnectRecipe.Groups)
    {
        settings.Groups.Add(group);
    }

    AppStoreConnectRecipe.TestFlight = AscDistributeBuild(settings);
});

Task("AppStoreConnect-Metadata")
    .Description("Syncs the App Store listing from fastlane deliver's metadata folder (--asc-metadata): only what differs is written.")
    .IsDependentOn("AppStoreConnect-Upload")
    .WithCriteria(() => AppStoreConnectRecipe.MetadataFolder is not null, "no metadata folder given (--asc-metadata)")
    .Does(() =>
{
    var upload = AppStoreConnectRecipe.Upload;

    // The version being released when it exists; else the editable version, which AppStoreConnect-Submit prepares.
    var exists = true;
    try
    {
        AscGetAppStoreVersionState(upload.BundleId, s => s.ForVersion(upload.ShortVersion).ForPlatform(upload.Platform));
    }
    catch (Cake.AppStoreConnect.AppStore.AscAppStoreException)
    {
        exists = false;
    }

    AppStoreConnectRecipe.Metadata = AscSyncMetadata(upload.BundleId, AppStoreConnectRecipe.MetadataFolder.FullPath, s =>
    {
        s.Platform = upload.Platform;
        s.VersionString = exists ? upload.ShortVersion : null;
        s.AgeRatingFile = AppStoreConnectRecipe.AgeRatingFile?.FullPath;
        s.DryRun = AppStoreConnectRecipe.DryRun;
    });
});

Task("AppStoreConnect-Submit")
    .Description("Prepares the App Store version (release notes, release type, the uploaded build) and submits it for App Review.")
    .IsDependentOn("AppStoreConnect-Upload")
    .IsDependentOn("AppStoreConnect-Metadata")
    .Does(() =>
{
    var upload = AppStoreConnectRecipe.Upload;

    // A re-run after the version went to review (or live) with this very build reports that and stops:
    // preparing again would be refused, and there is nothing left to do.
    AscAppStoreVersionStatus existing = null;
    try
    {
        existing = AscGetAppStoreVersionState(upload.BundleId, s => s.ForVersion(upload.ShortVersion).ForPlatform(upload.Platform));
    }
    catch (Cake.AppStoreConnect.AppStore.AscAppStoreException)
    {
        // No such version yet: AscPrepareAppStoreVersion creates it.
    }

    // By build number: a dry run knows the upload but not the build's id.
    if (existing is not null && !existing.Version.IsEditable && existing.Build is not null && existing.Build.BuildNumber == upload.BuildNumber)
    {
        Information("{0} {1} with build {2} is already {3}; nothing to submit.", upload.BundleId, upload.ShortVersion, upload.BuildNumber, existing.Version.State);
        return;
    }

    var prepare = new AscPrepareAppStoreVersionSettings
    {
        Platform = upload.Platform,
        BuildId = upload.BuildId,
        // A dry run before the first upload prepares the version's plan without the build it cannot find yet.
        BuildNumber = upload.BuildId is null && !AppStoreConnectRecipe.PlansWithoutBuild(upload) ? upload.BuildNumber : null,
        ReleaseType = AppStoreConnectRecipe.ReleaseType,
        UsesNonExemptEncryption = AppStoreConnectRecipe.UsesNonExemptEncryption,
        ContainsThirdPartyContent = AppStoreConnectRecipe.ContainsThirdPartyContent,
        DryRun = AppStoreConnectRecipe.DryRun,
    };
    if (!string.IsNullOrWhiteSpace(AppStoreConnectRecipe.ReleaseNotes))
    {
        prepare.WithReleaseNotes("en-US", AppStoreConnectRecipe.ReleaseNotes);
    }

    AppStoreConnectRecipe.Prepared = AscPrepareAppStoreVersion(upload.BundleId, upload.ShortVersion, prepare);
    if (AppStoreConnectRecipe.PlansWithoutBuild(upload))
    {
        Information("Dry run: would attach build {0} to {1} {2} once uploaded and processed, then submit the version for App Review. Nothing was changed.", upload.BuildNumber, upload.BundleId, upload.ShortVersion);
        return;
    }

    AppStoreConnectRecipe.Submitted = AscSubmitForReview(upload.BundleId, new AscSubmitForReviewSettings
    {
        Platform = upload.Platform,
        VersionString = upload.ShortVersion,
        CancelPreviousSubmission = AppStoreConnectRecipe.ReplaceOpenSubmission,
        UsesNonExemptEncryption = AppStoreConnectRecipe.UsesNonExemptEncryption,
        ContainsThirdPartyContent = AppStoreConnectRecipe.ContainsThirdPartyContent,
        WaitForReview = AppStoreConnectRecipe.WaitForReview,
        PollInterval = AppStoreConnectRecipe.PollInterval,
        DryRun = AppStoreConnectRecipe.DryRun,
    });
});

Task("AppStoreConnect-Release")
    .Description("The whole pipeline: upload, TestFlight, App Store submission.")
    .IsDependentOn("AppStoreConnect-Upload")
    .IsDependentOn("AppStoreConnect-TestFlight")
    .IsDependentOn("AppStoreConnect-Submit")
    .Does(() =>
{
    // Where the release stands in one line, instead of an empty section after the three steps.
    var recipe = AppStoreConnectRecipe;
    Information("Release of {0}: TestFlight {1}; App Store {2}.",
        recipe.Upload?.ToString() ?? "no upload",
        recipe.TestFlight is null ? "skipped" : recipe.TestFlight.DryRun ? "planned" : "done",
        recipe.Submitted?.ToString() ?? "not submitted in this run");
});
