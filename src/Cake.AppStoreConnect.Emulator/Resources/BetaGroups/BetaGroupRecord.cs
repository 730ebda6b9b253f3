using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaGroups;

/// <summary>A stored beta group. Its members and builds are held here: the one place group membership lives.</summary>
internal sealed class BetaGroupRecord : IAppOwned
{
    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required string Name { get; set; }

    public bool IsInternal { get; init; }

    public bool? HasAccessToAllBuilds { get; set; }

    public bool PublicLinkEnabled { get; set; }

    public string? PublicLinkId { get; set; }

    public bool PublicLinkLimitEnabled { get; set; }

    public int? PublicLinkLimit { get; set; }

    public bool FeedbackEnabled { get; set; } = true;

    public DateTimeOffset CreatedDate { get; init; }

    public List<string> TesterIds { get; init; } = [];

    public List<string> BuildIds { get; init; } = [];

    public string? PublicLink => PublicLinkEnabled && PublicLinkId is not null ? $"https://testflight.apple.com/join/{PublicLinkId}" : null;
}
