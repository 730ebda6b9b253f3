// Cake.AppStoreConnect recipe: ready-made release tasks for App Store Connect.
//
// Load it after the add-in:
//     #addin nuget:?package=Cake.AppStoreConnect&version=1.0.0&loaddependencies=true
//     #load ./recipe/appstoreconnect.cake
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
// | --asc-release-type        | ASC_RELEASE_TYPE          | MANUAL, AFTER_APPROVAL (default) or SCHEDULED               |
// | --asc-third-party-content | ASC_THIRD_PARTY_CONTENT   | content rights answer (true/false)                          |
// | --asc-replace-submission  | ASC_REPLACE_SUBMISSION    | cancel an open review submission that blocks this one       |
//
// Tasks: AppStoreConnect-Upload, AppStoreConnect-TestFlight (after Upload),
//        AppStoreConnect-Submit (after Upload: prepare the version, attach the build, submit for review),
//        AppStoreConnect-Release (Upload, TestFlight and Submit).

public sealed class AppStoreConnectRecipeSettings
{
    public FilePath Archive { get; set; }
    public bool DryRun { get; set; }
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(60);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public bool? UsesNonExemptEncryption { get; set; }

    public List<string> Groups { get; } = new List<string>();
    public string WhatToTest { get; set; }
    public bool WaitForBetaReview { get; set; }
    public string ContactFirstName { get; set; }
    public string ContactLastName { get; set; }
    public string ContactEmail { get; set; }
    public string ContactPhone { get; set; }

    public string ReleaseNotes { get; set; }
    public string ReleaseType { get; set; }
    public bool? ContainsThirdPartyContent { get; set; }
    public bool ReplaceOpenSubmission { get; set; }
    public bool WaitForReview { get; set; }

    // What the tasks found or did, for the tasks that follow and for a summary.
    public AscUploadBuildResult Upload { get; set; }
    public AscDistributeBuildResult TestFlight { get; set; }
    public AscPrepareAppStoreVersionResult Prepared { get; set; }
    public AscSubmitForReviewResult Submitted { get; set; }
}

var AppStoreConnectRecipe = new AppStoreConnectRecipeSettings
{
    Archive = RecipeArgument("asc-archive", "ASC_ARCHIVE") is { Length: > 0 } archive ? new FilePath(archive) : null,
    DryRun = RecipeArgument("asc-dry-run", "ASC_DRY_RUN") is "true" or "1",
    ProcessingTimeout = TimeSpan.FromMinutes(double.Parse(RecipeArgument("asc-processing-timeout", "ASC_PROCESSING_TIMEOUT") ?? "60", System.Globalization.CultureInfo.InvariantCulture)),
    UsesNonExemptEncryption = RecipeArgument("asc-uses-encryption", "ASC_USES_ENCRYPTION") is { Length: > 0 } encryption ? bool.Parse(encryption) : null,
};

AppStoreConnectRecipe.Groups.AddRange((RecipeArgument("asc-groups", "ASC_BETA_GROUPS") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
AppStoreConnectRecipe.WhatToTest = RecipeArgument("asc-notes-file", "ASC_WHAT_TO_TEST_FILE") is { Length: > 0 } notesFile
    ? System.IO.File.ReadAllText(MakeAbsolute(File(notesFile)).FullPath)
    : RecipeArgument("asc-notes", "ASC_WHAT_TO_TEST");
AppStoreConnectRecipe.WaitForBetaReview = RecipeArgument("asc-wait-beta-review", "ASC_WAIT_BETA_REVIEW") is "true" or "1";
AppStoreConnectRecipe.ContactFirstName = EnvironmentVariable("ASC_BETA_CONTACT_FIRST_NAME");
AppStoreConnectRecipe.ContactLastName = EnvironmentVariable("ASC_BETA_CONTACT_LAST_NAME");
AppStoreConnectRecipe.ContactEmail = EnvironmentVariable("ASC_BETA_CONTACT_EMAIL");
AppStoreConnectRecipe.ContactPhone = EnvironmentVariable("ASC_BETA_CONTACT_PHONE");

AppStoreConnectRecipe.ReleaseNotes = RecipeArgument("asc-release-notes-file", "ASC_RELEASE_NOTES_FILE") is { Length: > 0 } releaseNotesFile
    ? System.IO.File.ReadAllText(MakeAbsolute(File(releaseNotesFile)).FullPath)
    : RecipeArgument("asc-release-notes", "ASC_RELEASE_NOTES");
AppStoreConnectRecipe.ReleaseType = RecipeArgument("asc-release-type", "ASC_RELEASE_TYPE");
AppStoreConnectRecipe.ContainsThirdPartyContent = RecipeArgument("asc-third-party-content", "ASC_THIRD_PARTY_CONTENT") is { Length: > 0 } thirdParty ? bool.Parse(thirdParty) : null;
AppStoreConnectRecipe.ReplaceOpenSubmission = RecipeArgument("asc-replace-submission", "ASC_REPLACE_SUBMISSION") is "true" or "1";

string RecipeArgument(string argument, string variable) =>
    HasArgument(argument) ? Argument<string>(argument) : EnvironmentVariable(variable);

Task("AppStoreConnect-Upload")
    .Description("Uploads the archive through the Build Upload API and waits for processing.")
    .Does(() =>
{
    if (AppStoreConnectRecipe.Archive is null)
    {
        throw new InvalidOperationException("No archive to upload: pass --asc-archive=path/to/App.ipa, set ASC_ARCHIVE, or set AppStoreConnectRecipe.Archive.");
    }

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
    if (AppStoreConnectRecipe.Groups.Count == 0)
    {
        throw new InvalidOperationException("No TestFlight groups to distribute to: pass --asc-groups=\"Internal QA,Public Beta\", set ASC_BETA_GROUPS, or add to AppStoreConnectRecipe.Groups.");
    }

    var upload = AppStoreConnectRecipe.Upload;
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

Task("AppStoreConnect-Submit")
    .Description("Prepares the App Store version (release notes, release type, the uploaded build) and submits it for App Review.")
    .IsDependentOn("AppStoreConnect-Upload")
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

    if (existing is not null && !existing.Version.IsEditable && upload.BuildId is not null && existing.Version.BuildId == upload.BuildId)
    {
        Information("{0} {1} with build {2} is already {3}; nothing to submit.", upload.BundleId, upload.ShortVersion, upload.BuildNumber, existing.Version.State);
        return;
    }

    var prepare = new AscPrepareAppStoreVersionSettings
    {
        Platform = upload.Platform,
        BuildId = upload.BuildId,
        BuildNumber = upload.BuildId is null ? upload.BuildNumber : null,
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
    .IsDependentOn("AppStoreConnect-Submit");
