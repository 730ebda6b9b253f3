using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppInfoLocalizations;

/// <summary>A stored app info localization: the app's name, subtitle and privacy texts in one locale.</summary>
internal sealed class AppInfoLocalizationRecord : IRecord
{
    public required string Id { get; init; }

    public required string AppInfoId { get; init; }

    public required string Locale { get; init; }

    public required string Name { get; set; }

    public string? Subtitle { get; set; }

    public string? PrivacyPolicyUrl { get; set; }

    public string? PrivacyChoicesUrl { get; set; }

    public string? PrivacyPolicyText { get; set; }
}
