using Cake.AppStoreConnect.Client.Builds;

namespace Cake.AppStoreConnect.Core;

/// <summary>Checks of user input shared by every area, made before any request so bad input changes nothing.</summary>
internal static class AscInput
{
    /// <summary>Checks a platform, in any case (<c>ios</c> is <c>IOS</c>), and gives Apple's spelling.</summary>
    /// <param name="platform">The platform as the user typed it.</param>
    /// <param name="name">The setting it came from, for the message.</param>
    /// <returns>The platform as App Store Connect spells it.</returns>
    public static string Platform(string? platform, string name = "Platform")
    {
        var canonical = platform?.Trim().ToUpperInvariant();
        return canonical is not null && AscPlatform.All.Contains(canonical)
            ? canonical
            : throw new ArgumentException($"{name} '{platform}' is not one App Store Connect knows; use one of {string.Join(", ", AscPlatform.All)}. Nothing was changed.");
    }

    /// <summary>Like <see cref="Platform(string?, string)"/>, for a platform that may be left out.</summary>
    public static string? OptionalPlatform(string? platform, string name = "Platform") =>
        platform is null ? null : Platform(platform, name);
}
