using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>What the document builder needs of any resource type, whatever its record class.</summary>
internal interface IResourceDescriptor
{
    string Type { get; }

    /// <summary>Gets the names allowed in <c>fields[type]</c>: attributes and relationships.</summary>
    IReadOnlyCollection<string> FieldNames { get; }

    JsonObject? Render(string id, ResourceContext context, IReadOnlySet<string>? fields);

    /// <summary>Gets the class of the type's stored records.</summary>
    Type RecordType { get; }

    /// <summary>Finds a stored record of the type by id, whatever the key sees.</summary>
    IRecord? Find(string id, ResourceContext context);

    /// <summary>Gets what a record of the type belongs to: the records of its to-one relationships and, for an <see cref="IPartOf"/>, its whole; whatever the key sees.</summary>
    IEnumerable<IRecord> Owners(IRecord record, ResourceContext context);

    /// <summary>Reads the type through a relationship with sparse fieldsets and paging only.</summary>
    IRelatedReader DefaultRelatedReader();

    /// <summary>Maps the GET routes of the type's routed relationships (<see cref="RelationshipRoutes"/>).</summary>
    void MapRelationshipRoutes(IEndpointRouteBuilder routes, Hosting.EmulatorContext emulator);
}

/// <summary>
/// How one resource type looks on the wire. A resource module derives one per type: the attributes it
/// writes and the relationships it has; rendering, sparse fieldsets, links and includes are done here once.
/// </summary>
internal abstract class ResourceDescriptor<T> : IResourceDescriptor
    where T : class, IRecord
{
    private readonly Lazy<IReadOnlyCollection<string>> _fieldNames;

    protected ResourceDescriptor(string type)
    {
        Type = type;
        _fieldNames = new(() => [.. AttributeNames, .. Relationships.Select(r => r.Name)]);
    }

    public string Type { get; }

    public IReadOnlyCollection<string> FieldNames => _fieldNames.Value;

    /// <summary>Gets the attribute names this type renders (used to validate <c>fields[type]</c>).</summary>
    public abstract IReadOnlyList<string> AttributeNames { get; }

    public abstract IReadOnlyList<Relationship<T>> Relationships { get; }

    public Relationship<T>? FindRelationship(string name) => Relationships.FirstOrDefault(r => r.Name == name);

    public IRelatedReader DefaultRelatedReader() => new RelatedReader<T>(new QueryRules<T>(this).Paged(), new QueryRules<T>(this));

    public void MapRelationshipRoutes(IEndpointRouteBuilder routes, Hosting.EmulatorContext emulator) => RelationshipRoutes.Map(routes, emulator, this);

    /// <summary>Writes the attributes; leave out those without a value (Apple omits them, the spec has them non-nullable).</summary>
    protected abstract void WriteAttributes(T record, JsonObject attributes, ResourceContext context);

    public JsonObject? Render(string id, ResourceContext context, IReadOnlySet<string>? fields) =>
        context.Visibility.Visible(context.Table<T>().Find(id)) is { } record ? Render(record, context, fields, []) : null;

    public Type RecordType => typeof(T);

    public IRecord? Find(string id, ResourceContext context) => context.Table<T>().Find(id);

    public IEnumerable<IRecord> Owners(IRecord record, ResourceContext context) =>
        Relationships.Where(r => !r.ToMany).SelectMany(r => r.AllIds((T)record, context).Select(id => (r.TargetType, id)))
            .Concat(record is IPartOf part ? [part.Whole] : [])
            .Select(owner => context.Emulator.Registry.Find(owner.Item1)?.Find(owner.Item2, context))
            .OfType<IRecord>();

    public JsonObject Render(T record, ResourceContext context, IReadOnlySet<string>? fields, IReadOnlyCollection<string> included)
    {
        var self = context.Url($"/v1/{Type}/{Uri.EscapeDataString(record.Id)}");
        var resource = new JsonObject { ["type"] = Type, ["id"] = record.Id };

        var attributes = new JsonObject();
        WriteAttributes(record, attributes, context);
        if (fields is not null)
        {
            foreach (var name in attributes.Select(a => a.Key).Where(n => !fields.Contains(n)).ToList())
            {
                attributes.Remove(name);
            }
        }

        if (attributes.Count > 0)
        {
            resource["attributes"] = attributes;
        }

        var relationships = new JsonObject();
        foreach (var relationship in Relationships.Where(r => fields is null || fields.Contains(r.Name)))
        {
            var rendered = RenderRelationship(relationship, record, context, self, included.Contains(relationship.Name));
            if (rendered.Count > 0)
            {
                relationships[relationship.Name] = rendered;
            }
        }

        if (relationships.Count > 0)
        {
            resource["relationships"] = relationships;
        }

        resource["links"] = new JsonObject { ["self"] = self };
        return resource;
    }

    private static JsonObject RenderRelationship(Relationship<T> relationship, T record, ResourceContext context, string self, bool included)
    {
        var rendered = new JsonObject();
        if (relationship.ToMany)
        {
            rendered["links"] = new JsonObject
            {
                ["self"] = $"{self}/relationships/{relationship.Name}",
                ["related"] = $"{self}/{relationship.Name}",
            };
            if (included)
            {
                rendered["data"] = new JsonArray([.. relationship.Ids(record, context).Select(id => (JsonNode)Documents.Linkage(relationship.TargetType, id))]);
            }
        }
        else if (relationship.Ids(record, context).FirstOrDefault() is { } id)
        {
            rendered["data"] = Documents.Linkage(relationship.TargetType, id);
        }

        return rendered;
    }
}
