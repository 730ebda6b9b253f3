namespace Cake.AppStoreConnect.Tests;

public sealed class SmokeTests
{
    [Test]
    public void Should_Load_The_Add_In_Assembly()
    {
        Assert.That(typeof(AppStoreConnectAliases).Assembly.GetName().Name, Is.EqualTo("Cake.AppStoreConnect"));
    }
}
