using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Credentials;

public sealed class AscClientFactoryTests
{
    [Test]
    public async Task Should_Retry_As_The_Alias_Settings_Say()
    {
        // Given
        await using var emulator = await EmulatorFixture.StartAsync();
        var (context, _) = emulator.CakeContext();

        // When
        var client = AscClientFactory.Create(context, new AscSettings().SetMaxRetries(2).SetRetryDelay(TimeSpan.FromMilliseconds(5)));

        // Then
        Assert.That(client.Connection.Options.MaxRetries, Is.EqualTo(2));
        Assert.That(client.Connection.Options.RetryBaseDelay, Is.EqualTo(TimeSpan.FromMilliseconds(5)));
    }

    [Test]
    public async Task Should_Refuse_A_Negative_Retry_Delay()
    {
        // Given
        await using var emulator = await EmulatorFixture.StartAsync();
        var (context, _) = emulator.CakeContext();

        // When
        var error = Assert.Throws<ArgumentException>(() => AscClientFactory.Create(context, new AscSettings { RetryDelay = TimeSpan.FromSeconds(-1) }));

        // Then
        Assert.That(error!.Message, Does.Contain("retry delay must not be negative"));
    }
}
