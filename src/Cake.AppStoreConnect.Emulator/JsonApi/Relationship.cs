namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// A relationship of a resource type: its name, the type it points to and how to find the related ids.
/// To-one relationships are rendered with their linkage; to-many ones with links, and with linkage
/// when included. <see cref="Routed"/> ones are also answered at <c>GET /v1/{type}/{id}/{name}</c> and
/// <c>…/relationships/{name}</c> (<see cref="RelationshipRoutes"/>).
/// </summary>
internal sealed record Relationship<T>(string Name, string TargetType, bool ToMany, Func<T, ResourceContext, IEnumerable<string>> AllIds)
{
    /// <summary>Gets the related ids the request's key sees: linkages, <c>included</c> and related routes never name another app's record.</summary>
    public IEnumerable<string> Ids(T record, ResourceContext context) => context.Visibility.VisibleIds(TargetType, AllIds(record, context));

    /// <summary>Gets a value indicating whether Apple's API has the related and relationship GET routes of this relationship.</summary>
    public bool Routed { get; init; } = true;

    public static Relationship<T> One(string name, string targetType, Func<T, ResourceContext, string?> id) =>
        new(name, targetType, false, (record, context) => id(record, context) is { } value ? [value] : []);

    public static Relationship<T> Many(string name, string targetType, Func<T, ResourceContext, IEnumerable<string>> ids) =>
        new(name, targetType, true, ids);

    /// <summary>Marks a relationship Apple renders but has no <c>GET …/{name}</c> route for.</summary>
    public Relationship<T> WithoutRoutes() => this with { Routed = false };
}
