using Cake.AppStoreConnect.Client;

namespace Cake.AppStoreConnect.Listing;

/// <summary>One value of the listing that differs (in a dry run: would be written): where, which field, and from what to what.</summary>
/// <param name="Resource">The resource written: <c>appInfoLocalizations</c>, <c>appStoreVersionLocalizations</c>, <c>appStoreVersions</c>, <c>appInfos</c>, <c>ageRatingDeclarations</c> or <c>appStoreReviewDetails</c>.</param>
/// <param name="Locale">The locale, or <see langword="null"/> for a value of the whole listing.</param>
/// <param name="Field">Apple's attribute or relationship name, such as <c>subtitle</c> or <c>primaryCategory</c>.</param>
/// <param name="OldValue">The value App Store Connect holds, or <see langword="null"/> when unset or the locale is new.</param>
/// <param name="NewValue">The value written.</param>
/// <param name="Secret">Whether the values are secret (the demo password): never shown.</param>
public sealed record AscMetadataChange(string Resource, string? Locale, string Field, string? OldValue, string NewValue, bool Secret = false)
{
    /// <summary>Describes the change on one line, values shortened and secrets hidden.</summary>
    /// <returns>The line, such as <c>set de-DE subtitle from "Alt" to "Neu"</c>.</returns>
    public override string ToString() =>
        $"set {(Locale is null ? string.Empty : Locale + " ")}{Field} ({Resource}) from {Show(OldValue)} to {Show(NewValue)}";

    private string Show(string? value) => value is null ? "(unset)" : Secret ? "(hidden)" : $"\"{AscText.Echo(value, 60)}\"";
}
