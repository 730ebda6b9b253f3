namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// A relationship of a resource type: its name, the type it points to and how to find the related ids.
/// To-one relationships are rendered with their linkage; to-many ones with links, and with linkage
/// when included.
/// </summary>
internal sealed record Relationship<T>(string Name, string TargetType, bool ToMany, Func<T, ResourceContext, IEnumerable<string>> Ids)
{
    public static Relationship<T> One(string name, string targetType, Func<T, ResourceContext, string?> id) =>
        new(name, targetType, false, (record, context) => id(record, context) is { } value ? [value] : []);

    public static Relationship<T> Many(string name, string targetType, Func<T, ResourceContext, IEnumerable<string>> ids) =>
        new(name, targetType, true, ids);
}
