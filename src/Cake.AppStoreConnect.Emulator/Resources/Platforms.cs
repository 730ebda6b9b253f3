namespace Cake.AppStoreConnect.Emulator.Resources;

/// <summary>Apple's <c>Platform</c> enum.</summary>
internal static class Platforms
{
    public const string Ios = "IOS";
    public const string MacOs = "MAC_OS";

    public static IReadOnlyList<string> All { get; } = [Ios, MacOs, "TV_OS", "VISION_OS"];
}
