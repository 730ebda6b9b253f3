using System.Globalization;
using System.Text;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.SampleIpa;

namespace Cake.AppStoreConnect.Benchmarks;

/// <summary>
/// Prepares an upload that two whole-process commands can send again and again (parts are re-sendable until the
/// commit): the IPA, a reserved build upload file on a running emulator (ASC_* variables from its --env-file), the
/// file cut into its parts, and a curl config sending them. The add-in's side is then <c>--child IPA FILE-ID N</c>.
/// </summary>
internal static class Reservation
{
    public static async Task RunAsync(string[] args)
    {
        var (sizeMib, directory) = (int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        Directory.CreateDirectory(directory);
        var ipa = Path.Combine(directory, "Rehearsal.ipa");
        new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "1") { PaddingBytes = (long)sizeMib << 20 }.WriteTo(ipa);
        var size = new FileInfo(ipa).Length;
        using var key = AscApiKey.FromPem(Variable("ASC_KEY_ID"), Environment.GetEnvironmentVariable("ASC_ISSUER_ID"), File.ReadAllText(Variable("ASC_PRIVATE_KEY_PATH")), "emulator key");
        var client = AppStoreConnectClient.Create(key, new AscClientOptions { BaseAddress = new Uri(Variable("ASC_API_URL")) });
        var app = await client.Apps.FindByBundleIdAsync("org.cakebuild.appstoreconnect.rehearsal") ?? throw new InvalidOperationException("The demo seed has no rehearsal app.");
        var upload = await client.BuildUploads.CreateAsync(app.Id, "1.0", DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture), AscPlatform.Ios);
        var file = await client.BuildUploads.ReserveFileAsync(upload.Id, "Rehearsal.ipa", size, "com.apple.ipa");
        var config = new StringBuilder();
        foreach (var (operation, part) in file.Operations.OrderBy(o => o.Offset).Zip(Cut(ipa, file.Operations, directory)))
        {
            config.Append(CultureInfo.InvariantCulture, $"upload-file = \"{part}\"\nurl = \"{operation.Url}\"\noutput = \"/dev/null\"\n");
        }

        File.WriteAllText(Path.Combine(directory, "curl.cfg"), config.ToString());
        File.WriteAllText(Path.Combine(directory, "file-id"), file.Id);
        Console.WriteLine($"{ipa} {size} bytes, {file.Operations.Count} parts, build upload file {file.Id}");
    }

    /// <summary>Cuts the file into one file per part, in offset order, for curl's side.</summary>
    public static List<string> Cut(string path, IReadOnlyList<AscUploadOperation> operations, string directory)
    {
        using var source = File.OpenRead(path);
        var files = new List<string>();
        var buffer = new byte[1 << 20];
        foreach (var operation in operations.OrderBy(o => o.Offset))
        {
            var part = Path.Combine(directory, $"part-{operation.PartNumber:D5}");
            using var target = File.Create(part);
            source.Position = operation.Offset;
            var left = operation.Length;
            while (left > 0)
            {
                var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                target.Write(buffer, 0, read);
                left -= read;
            }

            files.Add(part);
        }

        return files;
    }

    private static string Variable(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set: export the emulator's --env-file first.");
}
