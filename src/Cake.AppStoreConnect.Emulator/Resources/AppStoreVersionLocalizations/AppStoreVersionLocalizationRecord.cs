using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;

/// <summary>A stored App Store version localization: one per version and locale.</summary>
internal sealed class AppStoreVersionLocalizationRecord : IRecord
{
    /// <summary>Apple's limit on "What's New".</summary>
    public const int MaxWhatsNewLength = 4000;

    public required string Id { get; init; }

    public required string AppStoreVersionId { get; init; }

    public required string Locale { get; init; }

    public string? Description { get; set; }

    public string? Keywords { get; set; }

    public string? MarketingUrl { get; set; }

    public string? PromotionalText { get; set; }

    public string? SupportUrl { get; set; }

    public string? WhatsNew { get; set; }
}
