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
//
// Tasks: AppStoreConnect-Upload.

public sealed class AppStoreConnectRecipeSettings
{
    public FilePath Archive { get; set; }
    public bool DryRun { get; set; }
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(60);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public bool? UsesNonExemptEncryption { get; set; }

    // What the tasks found or did, for the tasks that follow and for a summary.
    public AscUploadBuildResult Upload { get; set; }
}

var AppStoreConnectRecipe = new AppStoreConnectRecipeSettings
{
    Archive = RecipeArgument("asc-archive", "ASC_ARCHIVE") is { Length: > 0 } archive ? new FilePath(archive) : null,
    DryRun = RecipeArgument("asc-dry-run", "ASC_DRY_RUN") is "true" or "1",
    ProcessingTimeout = TimeSpan.FromMinutes(double.Parse(RecipeArgument("asc-processing-timeout", "ASC_PROCESSING_TIMEOUT") ?? "60", System.Globalization.CultureInfo.InvariantCulture)),
    UsesNonExemptEncryption = RecipeArgument("asc-uses-encryption", "ASC_USES_ENCRYPTION") is { Length: > 0 } encryption ? bool.Parse(encryption) : null,
};

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
        ProcessingTimeout = AppStoreConnectRecipe.ProcessingTimeout,
        PollInterval = AppStoreConnectRecipe.PollInterval,
        UsesNonExemptEncryption = AppStoreConnectRecipe.UsesNonExemptEncryption,
    });
});
