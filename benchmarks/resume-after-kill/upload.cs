#:project ../../src/Cake.AppStoreConnect/Cake.AppStoreConnect.csproj
#:property PublishAot=false
// One build upload, one part at a time, against the emulator named by an --env-file; run by run.sh, which kills it.
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;

var env = File.ReadAllLines(args[0]).Where(l => l.Contains('=')).Select(l => l.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
var ipa = args[1];
if (!File.Exists(ipa))
{
    new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "7.0", "1") { PaddingBytes = 4 * 1024 * 1024 }.WriteTo(ipa);
}

using var key = AscApiKey.FromPem(env["ASC_KEY_ID"], env["ASC_ISSUER_ID"], File.ReadAllText(env["ASC_PRIVATE_KEY_PATH"]), "emulator key");
var client = AppStoreConnectClient.Create(key, new AscClientOptions { BaseAddress = new Uri(env["ASC_API_URL"]) });
var result = await new BuildUploadService(client).UploadAsync(ipa, new AscUploadBuildSettings { Concurrency = 1 });
Console.WriteLine($"{result} resumed={result.Transfer?.PartsResumed} parts={result.Transfer?.Parts}");
