using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Apps;

/// <summary>A stored app. <see cref="Platforms"/> is not an attribute of Apple's app; it tells seeders of other resources (versions) which platforms exist.</summary>
internal sealed class AppRecord : IAppOwned
{
    public required string Id { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [Id];

    public required string Name { get; set; }

    public required string BundleId { get; init; }

    public required string Sku { get; init; }

    public string PrimaryLocale { get; set; } = "en-US";

    public List<string> Platforms { get; init; } = [];

    /// <summary>Gets or sets the content rights answer App Review needs; null until answered.</summary>
    public string? ContentRightsDeclaration { get; set; }
}
