using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.TestSupport;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Tests.Builds;

/// <summary>AscUploadBuild through a real CakeContext against the emulator over loopback sockets.</summary>
public sealed class AscUploadBuildTests
{
    private static async Task<int> CountAsync(EmulatorFixture emulator, string type) => (await emulator.StateAsync(type)).Count;

    public sealed class TheFixtures
    {
        [TestCase("very-capable-app.ipa", "org.fastlane.very-capable-app", "1.0", "1", "IOS")]
        [TestCase("iOSAppOnly.ipa", "com.example.Sample", "1.2.0", "1", "IOS")]
        [TestCase("ContainsWatchApp.ipa", "com.example.Sample", "1.2.0", "1", "IOS")]
        [TestCase("IncorrectlySigned.ipa", "com.example.Sample", "1.2.0", "1", "IOS")]
        [TestCase("MacAppOnly.pkg", "com.example.Sample", "1.0", "1.0", "MAC_OS")]
        public async Task Should_Upload_And_Process_Every_Readable_Archive(string fixture, string bundleId, string version, string buildNumber, string platform)
        {
            // Given
            var path = SharedFixtures.App(fixture);
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, _) = emulator.CakeContext();

            // When
            var result = context.AscUploadBuild(new FilePath(path));

            // Then
            Assert.Multiple(() =>
            {
                Assert.That(result.BundleId, Is.EqualTo(bundleId));
                Assert.That(result.ShortVersion, Is.EqualTo(version));
                Assert.That(result.BuildNumber, Is.EqualTo(buildNumber));
                Assert.That(result.Platform, Is.EqualTo(platform));
                Assert.That(result.UploadState, Is.EqualTo(AscBuildUploadState.Complete));
                Assert.That(result.ProcessingState, Is.EqualTo(AscBuildProcessingState.Valid));
                Assert.That(result.AlreadyUploaded, Is.False);
                Assert.That(result.Transfer!.Bytes, Is.EqualTo(new FileInfo(path).Length));
            });
            Assert.That(await CountAsync(emulator, "buildUploads"), Is.EqualTo(1));
        }

        [TestCase("no-app-bundle.ipa", "no Payload/*.app")]
        [TestCase("not-an-ipa.ipa", "not a zip")]
        public async Task Should_Refuse_A_Broken_Archive_Before_Any_Request(string fixture, string problem)
        {
            var path = SharedFixtures.App(fixture);
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, _) = emulator.CakeContext();

            var error = Assert.Throws<AppArchiveException>(() => context.AscUploadBuild(new FilePath(path)));

            Assert.That(error!.Message, Does.Contain(fixture).And.Contain(problem).IgnoreCase);
            Assert.That(await emulator.RequestsAsync(), Is.Empty, "nothing is sent for an archive that cannot be uploaded");
        }

        [Test]
        public async Task Should_Name_A_Missing_File()
        {
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, _) = emulator.CakeContext();

            var error = Assert.Throws<AppArchiveException>(() => context.AscUploadBuild(new FilePath("/nowhere/App.ipa")));

            Assert.That(error!.Message, Does.Contain("/nowhere/App.ipa"));
        }
    }

    public sealed class TheReRuns
    {
        [TestCase(0)]
        [TestCase(5)]
        [TestCase(25)]
        public async Task Should_Upload_Once_When_Two_Runs_Upload_The_Same_Build_At_Once(int latencyMs)
        {
            // Given two pipelines (two Cake contexts) with the same archive, started together
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "9").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(16 * 1024).Configure(o => o.Latency = TimeSpan.FromMilliseconds(latencyMs)));
            var contexts = new[] { emulator.CakeContext().Context, emulator.CakeContext().Context };
            using var start = new Barrier(2);

            // When
            var runs = contexts.Select(context => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return context.AscUploadBuild(new FilePath(ipa), s => s.SetPollInterval(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100)));
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToArray();
            var results = await Task.WhenAll(runs);

            // Then both finish with the one build, which exists once
            var builds = await emulator.StateAsync("builds");
            Assert.That(await CountAsync(emulator, "buildUploads"), Is.EqualTo(1), "build uploads");
            Assert.That(builds, Has.Count.EqualTo(1), "builds");
            Assert.That(results.Select(r => r.BuildId), Is.All.EqualTo(builds[0]!["id"]!.GetValue<string>()));
            Assert.That(results.Count(r => r.AlreadyUploaded), Is.LessThanOrEqualTo(1));
        }

        [Test]
        public async Task Should_Return_The_Existing_Build_When_Run_Again()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "7").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, _) = emulator.CakeContext();

            var first = context.AscUploadBuild(new FilePath(ipa));
            var second = context.AscUploadBuild(new FilePath(ipa));

            Assert.Multiple(async () =>
            {
                Assert.That(second.AlreadyUploaded, Is.True);
                Assert.That(second.Transfer, Is.Null);
                Assert.That(second.BuildId, Is.EqualTo(first.BuildId));
                Assert.That(await CountAsync(emulator, "buildUploads"), Is.EqualTo(1));
                Assert.That(await CountAsync(emulator, "builds"), Is.EqualTo(1));
            });
        }

        [Test]
        public async Task Should_Not_Duplicate_The_Upload_When_The_Create_Response_Is_Lost()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "8").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            await emulator.FaultAsync(new { method = "POST", path = "/v1/buildUploads", when = "after", status = 500, count = 1 });
            await emulator.FaultAsync(new { method = "POST", path = "/v1/buildUploadFiles", when = "after", status = 503, count = 1 });
            var (context, _) = emulator.CakeContext();

            var result = context.AscUploadBuild(new FilePath(ipa));

            Assert.That(result.ProcessingState, Is.EqualTo(AscBuildProcessingState.Valid));
            Assert.That(await CountAsync(emulator, "buildUploads"), Is.EqualTo(1));
            Assert.That(await CountAsync(emulator, "buildUploadFiles"), Is.EqualTo(1));
        }

        [Test]
        public async Task Should_Send_Failed_Parts_Again_And_Finish()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "9") { PaddingBytes = 512 * 1024 }.WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            await emulator.FaultAsync(new { method = "PUT", path = "/_upload/*", when = "before", status = 503, count = 3 });
            await emulator.FaultAsync(new { method = "PUT", path = "/_upload/*", when = "after", drop = true, count = 2 });
            var (context, log) = emulator.CakeContext();

            var result = context.AscUploadBuild(new FilePath(ipa), s => s.SetMaxConcurrency(3));

            Assert.That(result.ProcessingState, Is.EqualTo(AscBuildProcessingState.Valid));
            Assert.That(result.Transfer!.PartRetries, Is.GreaterThan(0));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Match(@"Part \d+ of \d+ of App\.ipa failed \(.*\); retry 1 of "));
        }

        [Test]
        public async Task Should_Retry_A_Part_As_Often_And_As_Soon_As_The_Settings_Say()
        {
            // Given an upload server that refuses every part with 503, and a script's retry settings
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "15").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            await emulator.FaultAsync(new { method = "PUT", path = "/_upload/*", when = "before", status = 503, count = 100 });
            var (context, log) = emulator.CakeContext();

            // When
            var error = Assert.Throws<Cake.AppStoreConnect.Client.Uploads.AscUploadException>(() => context.AscUploadBuild(
                new FilePath(ipa), s => s.SetMaxConcurrency(1).SetMaxRetries(2).SetRetryDelay(TimeSpan.FromMilliseconds(10))));

            // Then the part is tried 1 + MaxRetries times, waiting what RetryDelay gives (not a second), as API requests are
            var puts = (await emulator.RequestsAsync()).Where(r => r.Method == "PUT").ToList();
            var retries = log.Lines.Select(l => l.Text).Where(t => t.Contains("Part 1 of 1 of App.ipa failed (503", StringComparison.Ordinal)).ToList();
            Assert.That(puts, Has.Count.EqualTo(3), "one try and MaxRetries (2) retries");
            Assert.That(puts, Has.All.Matches<EmulatorRequest>(r => r.Path == puts[0].Path), "the same part each time");
            Assert.That(retries, Has.Count.EqualTo(2), log.AllText);
            Assert.That(retries[0], Does.EndWith("Part 1 of 1 of App.ipa failed (503 ServiceUnavailable); retry 1 of 2 in 0 s."));
            Assert.That(retries[1], Does.EndWith("Part 1 of 1 of App.ipa failed (503 ServiceUnavailable); retry 2 of 2 in 0 s."));
            Assert.That(error!.Message, Does.StartWith("Part 1 of 1 of App.ipa failed after 3 tries: 503 ServiceUnavailable").And.Contain("Re-running is safe: it resumes this upload"));
        }

        [Test]
        public async Task Should_Name_The_Part_And_The_Cause_When_Every_Try_Of_A_Part_Loses_Its_Connection()
        {
            // Given an upload server that drops every part's connection
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "16").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            await emulator.FaultAsync(new { method = "PUT", path = "/_upload/*", when = "before", drop = true, count = 100 });
            var (context, log) = emulator.CakeContext();

            // When
            var error = Assert.Throws<Cake.AppStoreConnect.Client.Uploads.AscUploadException>(() => context.AscUploadBuild(
                new FilePath(ipa), s => s.SetMaxConcurrency(1).SetMaxRetries(1).SetRetryDelay(TimeSpan.FromMilliseconds(10))));

            // Then the message and the warning name the part and the network's own words, not .NET's wrapper
            var warnings = log.Lines.Where(l => l.Level == Cake.Core.Diagnostics.LogLevel.Warning).Select(l => l.Text).ToList();
            // (Kestrel's abort is a reset; a part still being written when it lands may see a broken pipe instead.)
            Assert.That(error!.Message, Does.Match(@"^Part 1 of \d+ of App\.ipa failed after 2 tries: (Connection reset by peer \[ConnectionReset\]|Broken pipe \[Shutdown\])\. Re-running is safe"));
            Assert.That(error.Message, Does.Not.Contain("An error occurred while sending the request").And.Not.Contain("Error while copying content").And.Not.Contain("?"));
            Assert.That(warnings, Has.Some.Match(@"^Part 1 of \d+ of App\.ipa failed \(.+ \[(ConnectionReset|Shutdown)\]\); retry 1 of 1 in "), log.AllText);
            Assert.That(warnings, Has.None.Contains("?"), log.AllText);
        }

        [Test]
        public async Task Should_Resume_An_Upload_That_Was_Reserved_But_Not_Finished()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "10") { PaddingBytes = 256 * 1024 }.WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            await emulator.FaultAsync(new { method = "PUT", path = "/_upload/*", when = "before", status = 400, count = 1 });
            var (context, _) = emulator.CakeContext();
            Assert.Throws<Cake.AppStoreConnect.Client.Uploads.AscUploadException>(() => context.AscUploadBuild(new FilePath(ipa)));

            var result = context.AscUploadBuild(new FilePath(ipa));

            var uploads = await emulator.StateAsync("buildUploads");
            Assert.That(uploads, Has.Count.EqualTo(1), "the first run's upload is resumed, not duplicated");
            Assert.That(result.BuildUploadId, Is.EqualTo(uploads[0]!["id"]!.GetValue<string>()));
            Assert.That(result.ProcessingState, Is.EqualTo(AscBuildProcessingState.Valid));
        }

        [Test]
        public async Task Should_Send_Only_The_Parts_Not_Acknowledged_Before_The_Run_Was_Stopped()
        {
            // Given a run stopped (as by a kill) after the server acknowledged three parts, one part at a time
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "13") { PaddingBytes = 1024 * 1024 }.WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(o => o.Latency = TimeSpan.FromMilliseconds(40)));
            var (context, _) = emulator.CakeContext();
            var client = Cake.AppStoreConnect.Credentials.AscClientFactory.Create(context, new Cake.AppStoreConnect.Core.AscSettings());
            using var stop = new CancellationTokenSource();
            var first = new BuildUploadService(client).UploadAsync(ipa, new AscUploadBuildSettings { Concurrency = 1 }, stop.Token);
            var journal = await JournalOnceItHoldsAsync(emulator, acknowledged: 3);
            await stop.CancelAsync();
            Assert.CatchAsync<OperationCanceledException>(() => first);
            await Task.Delay(300); // the part cancelled in flight reaches the request log before it is cleared
            var acknowledged = File.ReadAllLines(journal.FilePath).Skip(1).Select(l => long.Parse(l.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
            var parts = (int)((new FileInfo(ipa).Length + (64 * 1024) - 1) / (64 * 1024));
            await emulator.ClearRequestsAsync();

            // When it runs again
            var result = context.AscUploadBuild(new FilePath(ipa));

            // Then only the others are sent, and the build is whole
            var puts = (await emulator.RequestsAsync()).Where(r => r.Method == "PUT").Select(r => int.Parse(r.Path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.That(acknowledged, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(puts, Is.EquivalentTo(Enumerable.Range(1, parts).Where(n => !acknowledged.Contains((n - 1) * 64L * 1024))));
            Assert.That(result.Transfer!.PartsResumed, Is.EqualTo(acknowledged.Count));
            Assert.That(result.ProcessingState, Is.EqualTo(AscBuildProcessingState.Valid));
            Assert.That(File.Exists(journal.FilePath), Is.False, "the journal is deleted once the file is committed");
        }

        [Test]
        public async Task Should_Refuse_Other_Bytes_Under_A_Version_And_Build_Number_Already_Uploaded()
        {
            // Given 2.0 (14) uploaded, then the archive rebuilt without bumping its build number
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "14") { PaddingBytes = 64 * 1024 }.WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024));
            var (context, _) = emulator.CakeContext();
            context.AscUploadBuild(new FilePath(ipa));
            var bytes = File.ReadAllBytes(ipa);
            var sameSize = directory.File("SameSize.ipa");
            bytes[bytes.Length / 2] ^= 0xFF;
            File.WriteAllBytes(sameSize, bytes);
            var bigger = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "14") { PaddingBytes = 96 * 1024 }.WriteTo(directory.File("Bigger.ipa"));

            // When
            var differentBytes = Assert.Throws<Cake.AppStoreConnect.Client.Uploads.AscUploadException>(() => context.AscUploadBuild(new FilePath(sameSize)));
            var differentSize = Assert.Throws<Cake.AppStoreConnect.Client.Uploads.AscUploadException>(() => context.AscUploadBuild(new FilePath(bigger), s => s.SetDryRun()));
            var same = context.AscUploadBuild(new FilePath(ipa));

            // Then
            Assert.That(differentBytes!.Message, Does.Contain("2.0 (14)").And.Contain("different file").And.Contain("SHA_256").And.Contain("bump the build number"));
            Assert.That(differentSize!.Message, Does.Contain("bytes").And.Contain("bump the build number"));
            Assert.That(same.AlreadyUploaded, Is.True);
            Assert.That(await CountAsync(emulator, "buildUploads"), Is.EqualTo(1));
        }

        private static async Task<Cake.AppStoreConnect.Client.Uploads.AscUploadJournal> JournalOnceItHoldsAsync(EmulatorFixture emulator, int acknowledged)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                var files = await emulator.StateAsync("buildUploadFiles");
                if (files.Count == 1)
                {
                    var journal = Cake.AppStoreConnect.Client.Uploads.AscUploadJournal.For($"{emulator.Host.BaseAddress}buildUploadFiles/{files[0]!["id"]!.GetValue<string>()}");
                    if (File.Exists(journal.FilePath) && File.ReadAllLines(journal.FilePath).Length > acknowledged)
                    {
                        return journal;
                    }
                }

                await Task.Delay(10);
            }

            Assert.Fail($"The upload journal never held {acknowledged} parts.");
            return null!;
        }

        [Test]
        public async Task Should_Replace_A_Failed_Upload()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "11").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            var failedId = await FailedUploadAsync(emulator, "2.0", "11");
            var (context, log) = emulator.CakeContext();

            var result = context.AscUploadBuild(new FilePath(ipa));

            Assert.That(result.ProcessingState, Is.EqualTo(AscBuildProcessingState.Valid));
            Assert.That(result.BuildUploadId, Is.Not.EqualTo(failedId));
            Assert.That((await emulator.StateAsync("buildUploads")).Select(u => u!["id"]!.GetValue<string>()), Is.EquivalentTo(new[] { result.BuildUploadId }));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("Replacing the FAILED upload"));
        }

        private static async Task<string> FailedUploadAsync(EmulatorFixture emulator, string version, string buildNumber)
        {
            // An upload Apple rejected: a zip with no app bundle, sent with the raw client.
            var (context, _) = emulator.CakeContext();
            var client = Cake.AppStoreConnect.Credentials.AscClientFactory.Create(context, new Cake.AppStoreConnect.Core.AscSettings());
            var app = await client.Apps.FindByBundleIdAsync("org.cakebuild.appstoreconnect.rehearsal");
            var upload = await client.BuildUploads.CreateAsync(app!.Id, version, buildNumber, AscPlatform.Ios);
            using var zip = new MemoryStream();
            using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                archive.CreateEntry("Payload/");
            }

            var bytes = zip.ToArray();
            var file = await client.BuildUploads.ReserveFileAsync(upload.Id, "Broken.ipa", bytes.Length, "com.apple.ipa");
            foreach (var operation in file.Operations)
            {
                using var content = new ByteArrayContent(bytes, (int)operation.Offset, (int)operation.Length);
                content.Headers.ContentType = new("application/octet-stream");
                (await Cake.AppStoreConnect.Client.Http.AscHttp.Shared.PutAsync(operation.Url, content)).EnsureSuccessStatusCode();
            }

            await client.BuildUploads.CommitFileAsync(file.Id, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), "SHA_256");
            var state = await client.BuildUploads.GetAsync(upload.Id);
            Assert.That(state.State, Is.EqualTo(AscBuildUploadState.Failed), "test setup: the emulator rejects an archive without an app");
            return upload.Id;
        }
        [Test]
        public async Task Should_Return_The_Existing_Build_Id_From_A_Dry_Run_So_A_Wait_Can_Follow()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "2.0", "12").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024));
            var (context, _) = emulator.CakeContext();
            var first = context.AscUploadBuild(new FilePath(ipa));

            var plan = context.AscUploadBuild(new FilePath(ipa), s => s.SetDryRun());
            var waited = context.AscWaitForBuildProcessing(plan.BuildId!);

            Assert.Multiple(() =>
            {
                Assert.That(plan.DryRun, Is.True);
                Assert.That(plan.AlreadyUploaded, Is.True);
                Assert.That(plan.BuildId, Is.EqualTo(first.BuildId));
                Assert.That(waited.Id, Is.EqualTo(first.BuildId));
            });
        }

        [TestCase(null)]
        [TestCase("")]
        public void Should_Say_Which_Build_To_Wait_For_When_Given_No_Id(string? buildId)
        {
            var (context, _, _) = TestCakeContext.Create();

            var error = Assert.Throws<ArgumentException>(() => context.AscWaitForBuildProcessing(buildId!));

            Assert.That(error!.Message, Does.Contain("AscWaitForBuildProcessing was given no build id").And.Contain("BuildId of AscUploadBuild's result").And.Not.Contain("Value cannot be null").And.Not.Contain("(Parameter"));
        }
    }

    public sealed class TheSettings
    {
        [Test]
        public async Task Should_Change_Nothing_In_A_Dry_Run()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "3.0", "1").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, log) = emulator.CakeContext();

            var result = context.AscUploadBuild(new FilePath(ipa), s => s.SetDryRun());

            Assert.That(result.DryRun, Is.True);
            Assert.That(await CountAsync(emulator, "buildUploads"), Is.EqualTo(0));
            Assert.That((await emulator.RequestsAsync()).Select(r => r.Method), Has.All.EqualTo("GET"));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("Dry run: would create a build upload"));
        }

        [Test]
        public async Task Should_Answer_Export_Compliance_Once_Processed()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "3.0", "2").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, _) = emulator.CakeContext();

            var result = context.AscUploadBuild(new FilePath(ipa), new AscUploadBuildSettings { UsesNonExemptEncryption = false });

            Assert.That(result.Build!.UsesNonExemptEncryption, Is.False);
        }

        [Test]
        public async Task Should_Use_Overrides_Instead_Of_The_Archive()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "3.0", "3").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, _) = emulator.CakeContext();

            var result = context.AscUploadBuild(new FilePath(ipa), s => s.ForVersion("3.1", "44"));

            Assert.That((result.ShortVersion, result.BuildNumber, result.Build!.BuildNumber), Is.EqualTo(("3.1", "44", "44")));
        }

        [TestCase("BuildNumber", "1.0-beta")]
        [TestCase("VersionString", "v1")]
        [TestCase("BundleId", "com.example.app\nINFO forged line")]
        public async Task Should_Refuse_An_Override_In_A_Format_Apple_Refuses_Before_Any_Request(string setting, string value)
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "3.0", "6").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024));
            var (context, _) = emulator.CakeContext();
            var settings = new AscUploadBuildSettings();
            typeof(AscUploadBuildSettings).GetProperty(setting)!.SetValue(settings, value);

            var error = Assert.Throws<ArgumentException>(() => context.AscUploadBuild(new FilePath(ipa), settings));

            Assert.That(error!.Message, Does.Contain($"The upload setting {setting} is").And.Not.Contain("\n").And.Not.Contain("(Parameter"));
            Assert.That(await emulator.RequestsAsync(), Is.Empty);
        }

        [Test]
        public async Task Should_Refuse_An_Archive_For_Another_App()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "3.0", "4").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            var (context, _) = emulator.CakeContext();
            var other = context.AscGetApp("org.fastlane.very-capable-app");

            var error = Assert.Throws<InvalidOperationException>(() => context.AscUploadBuild(new FilePath(ipa), s => s.WithAppId(other.Id)));

            Assert.That(error!.Message, Does.Contain("org.fastlane.very-capable-app").And.Contain("org.cakebuild.appstoreconnect.rehearsal"));
            Assert.That(await CountAsync(emulator, "buildUploads"), Is.EqualTo(0));
        }

        [Test]
        public async Task Should_Keep_Secrets_Out_Of_A_Diagnostic_Log()
        {
            using var directory = new TemporaryDirectory();
            var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "3.0", "5").WriteTo(directory.File("App.ipa"));
            await using var emulator = await EmulatorFixture.StartAsync();
            await emulator.FaultAsync(new { method = "GET", path = "/v1/apps", when = "before", status = 503, count = 1 });
            var (context, log) = emulator.CakeContext();

            context.AscUploadBuild(new FilePath(ipa));

            var pemBody = emulator.Host.PrivateKeyPem.Split('\n').Where(l => l.Length > 16 && !l.StartsWith("-----", StringComparison.Ordinal));
            Assert.That(log.Lines, Has.Count.GreaterThan(10));
            Assert.That(log.AllText, Does.Not.Contain("Bearer").And.Not.Contain("eyJ").And.Not.Contain("PRIVATE KEY"));
            foreach (var line in pemBody)
            {
                Assert.That(log.AllText, Does.Not.Contain(line));
            }
        }
    }
}
