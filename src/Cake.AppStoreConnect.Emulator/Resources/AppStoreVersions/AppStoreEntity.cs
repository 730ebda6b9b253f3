using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

/// <summary>Reading helpers the App Store resources share on top of <see cref="EntityReader"/>.</summary>
internal static class AppStoreEntity
{
    /// <summary>An optional enum attribute: null when absent, refused when not one of the allowed values.</summary>
    public static string? OptionalEnum(this EntityReader entity, string attribute, IReadOnlyCollection<string> allowed) =>
        entity.OptionalString(attribute) is { } value
            ? allowed.Contains(value) ? value : throw Errors.AttributeInvalid(EntityReader.Pointer(attribute), $"'{value}' is not a valid value for '{attribute}'. Allowed values: {string.Join(", ", allowed)}.")
            : null;
}
