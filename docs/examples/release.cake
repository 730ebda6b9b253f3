// The release.cake the example pipelines run: the add-in, the recipe and the emulator tool (for
// --rehearse), each from NuGet at the same version, and nothing else.
#addin nuget:?package=Cake.AppStoreConnect&version=1.0.0&loaddependencies=true
#load nuget:?package=Cake.AppStoreConnect.Recipe&version=1.0.0
#tool dotnet:?package=Cake.AppStoreConnect.Emulator&version=1.0.0

RunTarget(Argument("target", "AppStoreConnect-Release"));
