using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>Reads resources of one type reached through another's relationship, whatever the parent's record type.</summary>
internal interface IRelatedReader
{
    /// <summary>A to-many related collection, paged and filtered by the type's rules.</summary>
    IResult ReadMany(HttpContext http, EmulatorContext emulator, Func<ResourceContext, IEnumerable<string>> ids);

    /// <summary>A to-one related resource; <c>{"data": null}</c> when there is none.</summary>
    IResult ReadOne(HttpContext http, EmulatorContext emulator, Func<ResourceContext, string?> id);
}

/// <summary>
/// The rules a type is read with when reached through a relationship: its module registers its own
/// (filters, sorts, includes); otherwise sparse fieldsets and paging only.
/// </summary>
internal sealed class RelatedReader<T> : IRelatedReader
    where T : class, IRecord
{
    private readonly QueryRules<T> _many;
    private readonly QueryRules<T> _one;

    public RelatedReader(QueryRules<T> many, QueryRules<T> one)
    {
        if (!many.IsCollection)
        {
            throw new ArgumentException($"The to-many rules of {many.Descriptor.Type} must be Paged().", nameof(many));
        }

        _many = many;
        _one = one;
    }

    public IResult ReadMany(HttpContext http, EmulatorContext emulator, Func<ResourceContext, IEnumerable<string>> ids) =>
        Api.List(http, emulator, _many, c => ids(c).Select(id => c.Table<T>().Find(id)).OfType<T>());

    public IResult ReadOne(HttpContext http, EmulatorContext emulator, Func<ResourceContext, string?> id) =>
        Api.GetRelated(http, emulator, _one, c => id(c) is { } found ? c.Table<T>().Find(found) : null);
}
