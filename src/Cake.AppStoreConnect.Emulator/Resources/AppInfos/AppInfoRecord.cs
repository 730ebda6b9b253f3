using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppInfos;

/// <summary>
/// A stored app info: the app-level listing (categories; its localizations and age rating point here). Its
/// state is not stored but derived from the app's versions (<see cref="AppInfoStates"/>).
/// </summary>
internal sealed class AppInfoRecord : IAppOwned
{
    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public string? PrimaryCategoryId { get; set; }

    public string? PrimarySubcategoryOneId { get; set; }

    public string? PrimarySubcategoryTwoId { get; set; }

    public string? SecondaryCategoryId { get; set; }

    public string? SecondarySubcategoryOneId { get; set; }

    public string? SecondarySubcategoryTwoId { get; set; }
}
