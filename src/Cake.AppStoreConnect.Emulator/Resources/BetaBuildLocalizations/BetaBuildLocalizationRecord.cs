using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaBuildLocalizations;

/// <summary>"What to Test" of one build in one locale.</summary>
internal sealed class BetaBuildLocalizationRecord : IRecord
{
    /// <summary>Apple's limit on <c>whatsNew</c>.</summary>
    public const int MaxWhatsNew = 4000;

    public required string Id { get; init; }

    public required string BuildId { get; init; }

    public required string Locale { get; init; }

    public string? WhatsNew { get; set; }
}
