// The rehearsal: a full release pipeline on a sample app of its own, run through the recipe, with
// --rehearse against the asc-emulator tool the recipe starts (./build.sh --target=Demo), or against
// App Store Connect at ASC_API_URL. It names no package itself: ./build.sh --target=Demo runs it through
// an entry script that loads the add-in, the recipe and the tool it has just packed by their exact
// version, as the README tells users to (see DemoScript in build/build.cake).

const string BundleId = "org.cakebuild.appstoreconnect.rehearsal";
var workDirectory = MakeAbsolute(Directory(Argument("work", "../artifacts/demo")));

// The sample IPA comes from a tool beside the add-in, not from the add-in: users upload their own archives.
var sampleIpaTool = MakeAbsolute(File(Argument("sample-ipa-tool", "../src/Cake.AppStoreConnect.SampleIpa/bin/Release/net10.0/Cake.AppStoreConnect.SampleIpa.dll")));

Setup(context =>
{
    var app = AscGetApp(BundleId);
    var buildNumber = RehearsalBuildNumber();
    var ipa = MakeSampleIpa(buildNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), workDirectory.CombineWithFilePath("CakeRehearsal.ipa"));
    Information("Made {0}: {1} 1.0 ({2}) for {3}", ipa, BundleId, buildNumber, app);
    SyncRehearsalScreenshots();
    AppStoreConnectRecipe.Archive = ipa;
    AppStoreConnectRecipe.UsesNonExemptEncryption = false;
    AppStoreConnectRecipe.Groups.AddRange(new[] { "Internal QA", "Public Beta" });
    AppStoreConnectRecipe.WhatToTest = $"Rehearsal build {buildNumber}: check sign-in, the new onboarding and offline mode.";
    AppStoreConnectRecipe.WaitForBetaReview = true;
    AppStoreConnectRecipe.ContactFirstName = "Rehearsal";
    AppStoreConnectRecipe.ContactLastName = "Engineer";
    AppStoreConnectRecipe.ContactEmail = "release@example.com";
    AppStoreConnectRecipe.ContactPhone = "+1 555 0100";
    AppStoreConnectRecipe.ReleaseNotes = "Faster sign-in, a new onboarding and offline mode.";
    AppStoreConnectRecipe.ReleaseType = "MANUAL";
    AppStoreConnectRecipe.ContainsThirdPartyContent = false;
    AppStoreConnectRecipe.WaitForReview = true;
    AppStoreConnectRecipe.MetadataFolder = WriteRehearsalMetadata(workDirectory.Combine("metadata"));
});

// A small listing in fastlane deliver's layout, two locales; synced before the submission (no release
// notes: 1.0 is the app's first version, on which Apple refuses What's New).
DirectoryPath WriteRehearsalMetadata(DirectoryPath folder)
{
    var files = new Dictionary<string, string>
    {
        ["en-US/name.txt"] = "Cake Rehearsal",
        ["en-US/subtitle.txt"] = "Rehearse every release",
        ["en-US/description.txt"] = "Cake Rehearsal takes a release through App Store Connect, end to end.",
        ["en-US/keywords.txt"] = "release,rehearsal,cake",
        ["en-US/promotional_text.txt"] = "Now with a store listing.",
        ["en-US/support_url.txt"] = "https://example.com/support",
        ["de-DE/name.txt"] = "Cake Probe",
        ["de-DE/subtitle.txt"] = "Jede Veröffentlichung proben",
        ["de-DE/description.txt"] = "Cake Probe führt eine Veröffentlichung durch App Store Connect.",
        ["de-DE/keywords.txt"] = "veröffentlichung,probe,cake",
        ["de-DE/support_url.txt"] = "https://example.com/hilfe",
        ["copyright.txt"] = "2026 Cake Rehearsal",
        ["primary_category.txt"] = "DEVELOPER_TOOLS",
        ["review_information/first_name.txt"] = "Rehearsal",
        ["review_information/last_name.txt"] = "Engineer",
        ["review_information/email_address.txt"] = "release@example.com",
        ["review_information/phone_number.txt"] = "+1 555 0100",
        ["review_information/notes.txt"] = "No sign-in needed.",
    };
    foreach (var (path, text) in files)
    {
        var file = folder.CombineWithFilePath(path);
        EnsureDirectoryExists(file.GetDirectory());
        System.IO.File.WriteAllText(file.FullPath, text + "\n");
    }

    return folder;
}

// A re-run carries on with the newest build of 1.0 instead of making another: an upload not finished
// is resumed, a build not yet distributed or submitted is taken further, and a rehearsal already done
// finds everything in place and adds nothing. Only a build that can no longer ship (processing failed,
// or expired) makes the rehearsal take the next number.
int RehearsalBuildNumber()
{
    var latest = int.Parse(AscGetLatestBuildNumber(BundleId, s => s.ForVersion("1.0").SetInitialBuildNumber("0")), System.Globalization.CultureInfo.InvariantCulture);
    if (latest == 0)
    {
        return 1;
    }

    var build = AscGetBuilds(BundleId, s => s.ForVersion("1.0")).FirstOrDefault(b => b.BuildNumber == latest.ToString(System.Globalization.CultureInfo.InvariantCulture));
    var unusable = build is not null && (build.Expired || build.ProcessingState is "INVALID" or "FAILED");
    Information(unusable ? "Build {0} of 1.0 is {1}; the rehearsal makes build {2}." : "The rehearsal carries on with build {0} of 1.0.", latest, build?.Expired == true ? "expired" : build?.ProcessingState, latest + 1);
    return unusable ? latest + 1 : latest;
}

Task("Rehearsal")
    .IsDependentOn("AppStoreConnect-Release")
    .Does(() =>
{
    var upload = AppStoreConnectRecipe.Upload;
    var state = AscGetAppStoreVersionState(BundleId, s => s.ForVersion(upload.ShortVersion));
    Information("");
    Information("Rehearsal summary ({0})", AppStoreConnectRecipe.Emulator?.ApiUrl.ToString() ?? EnvironmentVariable("ASC_API_URL"));
    Information("  upload      {0}", upload);
    Information("  build       {0}", upload.Build);
    Information("  testflight  {0}", AppStoreConnectRecipe.TestFlight);
    // Both are null when the version had already gone to review with this build: nothing was left to do.
    var prepared = AppStoreConnectRecipe.Prepared;
    var submitted = AppStoreConnectRecipe.Submitted;
    Information("  metadata    {0}", AppStoreConnectRecipe.Metadata);
    Information("  app store   {0}", prepared is null || prepared.Changes.Count == 0 ? "version already prepared" : string.Join("; ", prepared.Changes));
    Information("  submission  {0}", submitted is null || submitted.AlreadySubmitted ? "already submitted" : string.Join("; ", submitted.Changes));
    Information("  now         {0}", state);
});

// Screenshots go on the version while it is being prepared; once it is submitted (a re-run) they are in place.
void SyncRehearsalScreenshots()
{
    if (!AscGetAppStoreVersionState(BundleId, s => s.ForVersion("1.0")).Version.IsEditable)
    {
        return;
    }

    var folder = workDirectory.Combine("screenshots/en-US");
    foreach (var (name, seed) in new[] { ("01_home.png", 1), ("02_offline.png", 2) })
    {
        RunSampleTool(new ProcessArgumentBuilder().Append("--png").Append("1320x2868").Append("--seed").Append(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("--output").AppendQuoted(folder.CombineWithFilePath(name).FullPath));
    }

    Information("Screenshots: {0}", AscSyncScreenshots(BundleId, workDirectory.Combine("screenshots"), s => s.ForVersion("1.0")));
}

void RunSampleTool(ProcessArgumentBuilder arguments)
{
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = new ProcessArgumentBuilder().AppendQuoted(sampleIpaTool.FullPath).Append(arguments.Render()), RedirectStandardOutput = true });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"The sample tool failed (exit code {exitCode}); its message above says which switch.");
    }
}

string MakeSampleIpa(string buildNumber, FilePath ipa)
{
    if (!FileExists(sampleIpaTool))
    {
        throw new CakeException($"The sample IPA tool is not built at {sampleIpaTool}; run ./build.sh --target=Demo, or dotnet build src/Cake.AppStoreConnect.SampleIpa -c Release, or pass --sample-ipa-tool=PATH.");
    }

    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder()
            .AppendQuoted(sampleIpaTool.FullPath)
            .Append("--bundle-id").Append(BundleId)
            .Append("--version").Append("1.0")
            .Append("--build").Append(buildNumber)
            .Append("--app-name").Append("CakeRehearsal")
            .Append("--display-name").AppendQuoted("Cake Rehearsal")
            .Append("--uses-non-exempt-encryption").Append("false")
            .Append("--padding-bytes").Append((24L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append("--output").AppendQuoted(ipa.FullPath),
        RedirectStandardOutput = true,
    });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"The sample IPA tool failed (exit code {exitCode}); its message above says which switch.");
    }

    return ipa.FullPath;
}

RunTarget(Argument("target", "Rehearsal"));
