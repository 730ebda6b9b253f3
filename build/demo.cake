// The rehearsal: a full release pipeline on a sample app of its own, run through the recipe against
// App Store Connect at ASC_API_URL (the emulator, when started by ./build.sh --target=Demo).
#addin nuget:?package=Cake.AppStoreConnect&prerelease&loaddependencies=true
#load ../recipe/appstoreconnect.cake

using Cake.AppStoreConnect.Builds.Archives;

const string BundleId = "org.cakebuild.appstoreconnect.rehearsal";
var workDirectory = MakeAbsolute(Directory(Argument("work", "../artifacts/demo")));

Setup(context =>
{
    var app = AscGetApp(BundleId);
    var buildNumber = int.Parse(AscGetLatestBuildNumber(BundleId, s => s.SetInitialBuildNumber("0"))) + 1;
    var ipa = new SampleIpaBuilder(BundleId, "1.0", buildNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        AppName = "CakeRehearsal",
        DisplayName = "Cake Rehearsal",
        UsesNonExemptEncryption = false,
        PaddingBytes = 24L * 1024 * 1024,
    }.WriteTo(workDirectory.CombineWithFilePath("CakeRehearsal.ipa").FullPath);
    Information("Made {0}: {1} 1.0 ({2}) for {3}", ipa, BundleId, buildNumber, app);
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
});

Task("Rehearsal")
    .IsDependentOn("AppStoreConnect-Release")
    .Does(() =>
{
    var upload = AppStoreConnectRecipe.Upload;
    var state = AscGetAppStoreVersionState(BundleId, s => s.ForVersion(upload.ShortVersion));
    Information("");
    Information("Rehearsal summary ({0})", EnvironmentVariable("ASC_API_URL"));
    Information("  upload      {0}", upload);
    Information("  build       {0}", upload.Build);
    Information("  testflight  {0}", AppStoreConnectRecipe.TestFlight);
    Information("  app store   {0}", AppStoreConnectRecipe.Prepared.Changes.Count == 0 ? "version already prepared" : string.Join("; ", AppStoreConnectRecipe.Prepared.Changes));
    Information("  submission  {0}", AppStoreConnectRecipe.Submitted.AlreadySubmitted ? "already submitted" : string.Join("; ", AppStoreConnectRecipe.Submitted.Changes));
    Information("  now         {0}", state);
});

RunTarget(Argument("target", "Rehearsal"));
