using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppCategories;

/// <summary>One of Apple's App Store categories (id such as <c>GAMES</c>) or subcategories (<c>GAMES_ACTION</c>, with its parent).</summary>
internal sealed class AppCategoryRecord : IRecord
{
    public required string Id { get; init; }

    public string? ParentId { get; init; }

    public required List<string> Platforms { get; init; }
}
