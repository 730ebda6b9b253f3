using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AgeRatingDeclarations;

/// <summary>A stored age rating declaration: one per app info, answers kept by attribute name.</summary>
internal sealed class AgeRatingDeclarationRecord : IPartOf
{
    public required string Id { get; init; }

    public required string AppInfoId { get; init; }

    (string Type, string Id) IPartOf.Whole => (AppInfos.AppInfoDescriptor.TypeName, AppInfoId);

    /// <summary>Gets the yes/no answers (<c>gambling</c>, <c>lootBox</c>, …) given so far.</summary>
    public Dictionary<string, bool> Flags { get; init; } = [];

    /// <summary>Gets the level and override answers (<c>violenceRealistic: NONE</c>, <c>ageRatingOverride</c>, …) and the info URL.</summary>
    public Dictionary<string, string> Values { get; init; } = [];
}
