using Cake.AppStoreConnect.Client;

namespace Cake.AppStoreConnect.Tests.Client;

public sealed class AscTextTests
{
    [TestCase("com.example.app", "com.example.app")]
    [TestCase("a\nb\r\tc", "a\\nb\\r\\tc")]
    [TestCase("fake\u202Eevil\u2066x", "fake\\u202Eevil\\u2066x")]
    [TestCase("bell\u0007", "bell\\u0007")]
    [TestCase("Jos\u00e9 \U0001F600", "Jos\u00e9 \U0001F600")]
    [TestCase(null, "")]
    public void Should_Escape_What_Could_Forge_Or_Hide_A_Log_Line(string? text, string expected) =>
        Assert.That(AscText.Echo(text), Is.EqualTo(expected));

    [Test]
    public void Should_Escape_A_Lone_Surrogate()
    {
        // Built in code: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var text = "lone" + (char)0xD800;

        Assert.That(AscText.Echo(text), Is.EqualTo("lone\\uD800"));
    }

    [Test]
    public void Should_Cap_Long_Text_And_Say_How_Long_It_Was()
    {
        var echo = AscText.Echo(new string('a', 10_000));

        Assert.That(echo, Is.EqualTo(new string('a', AscText.DefaultMaxLength) + "… (10000 characters)"));
    }
}
