using Cake.AppStoreConnect.Emulator.Hosting;

namespace Cake.AppStoreConnect.Tests.Emulator;

public sealed class CommandLineTests
{
    [Test]
    public void Should_Map_Every_Switch_Onto_The_Options()
    {
        var options = CommandLine.Parse([
            "--urls", "http://127.0.0.1:5000", "--seed", "demo", "--env-file", "a.env", "--key-file", "k.p8", "--key-id", "ABC",
            "--issuer-id", "iss", "--individual-key-id", "IND", "--processing-seconds", "0", "--upload-part-size=2048",
            "--upload-url-minutes", "5", "--rate-limit-per-hour", "10", "--latency-ms", "20", "--fault-rate", "0.25",
            "--fault-seed", "7", "--state-file", "s.json", "--openapi", "spec.json", "--verbose", "--allow-remote",
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(options.Urls, Is.EqualTo("http://127.0.0.1:5000"));
            Assert.That(options.Seed, Is.EqualTo("demo"));
            Assert.That(options.EnvFile, Is.EqualTo("a.env"));
            Assert.That(options.KeyFile, Is.EqualTo("k.p8"));
            Assert.That(options.KeyId, Is.EqualTo("ABC"));
            Assert.That(options.IssuerId, Is.EqualTo("iss"));
            Assert.That(options.IndividualKeyId, Is.EqualTo("IND"));
            Assert.That(options.ProcessingTime, Is.EqualTo(TimeSpan.Zero));
            Assert.That(options.UploadPartSize, Is.EqualTo(2048));
            Assert.That(options.UploadUrlLifetime, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(options.RateLimitPerHour, Is.EqualTo(10));
            Assert.That(options.Latency, Is.EqualTo(TimeSpan.FromMilliseconds(20)));
            Assert.That(options.FaultRate, Is.EqualTo(0.25));
            Assert.That(options.FaultSeed, Is.EqualTo(7));
            Assert.That(options.StateFile, Is.EqualTo("s.json"));
            Assert.That(options.OpenApiPath, Is.EqualTo("spec.json"));
            Assert.That(options.ConsoleLogging, Is.True);
            Assert.That(options.AllowRemote, Is.True);
        });
    }

    [Test]
    public void Should_Default_Like_The_Documented_Contract()
    {
        var options = CommandLine.Parse([]);

        Assert.That(options.ProcessingTime, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(options.UploadPartSize, Is.EqualTo(16 * 1024 * 1024));
        Assert.That(options.RateLimitPerHour, Is.EqualTo(3600));
        Assert.That(options.Urls, Is.EqualTo("http://127.0.0.1:0"));
        Assert.That(options.AllowRemote, Is.False);
    }

    [TestCase("--fault-rate", "2")]
    [TestCase("--seed", "production")]
    [TestCase("--colour", "blue")]
    [TestCase("--processing-seconds", "soon")]
    public void Should_Refuse_Bad_Switches_Naming_Them(string name, string value) =>
        Assert.That(() => CommandLine.Parse([name, value]), Throws.InstanceOf<UsageException>().With.Message.Contains(name == "--seed" ? "production" : name));
}
