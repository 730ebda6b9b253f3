using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources;

/// <summary>What every localized resource shares: one localization per locale of its parent.</summary>
internal static class Localizations
{
    /// <summary>
    /// Refuses a second localization for a locale of the same parent (409 duplicate). Locales compare without case,
    /// so "en-US" and "en-us" cannot both exist (a guess: Apple's own comparison is not documented).
    /// </summary>
    public static void RequireNewLocale(IEnumerable<string> parentLocales, string locale, string parentType)
    {
        if (parentLocales.Any(l => string.Equals(l, locale, StringComparison.OrdinalIgnoreCase)))
        {
            throw Errors.Duplicate(EntityReader.Pointer("locale"), $"A localization for '{locale}' already exists for this {parentType}.");
        }
    }
}
