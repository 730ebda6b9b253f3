// The release.cake the example pipelines run: the add-in, the recipe, and nothing else.
// Copy recipe/appstoreconnect.cake from this repository next to it (or #load it from a checkout).
#addin nuget:?package=Cake.AppStoreConnect&version=1.0.0&loaddependencies=true
#load ./appstoreconnect.cake

RunTarget(Argument("target", "AppStoreConnect-Release"));
