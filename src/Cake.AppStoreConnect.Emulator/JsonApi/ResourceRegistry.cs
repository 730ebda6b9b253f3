using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// The descriptors of every resource type, by JSON:API type name; includes are resolved through it, and
/// related routes read a type with the rules its module registered (<see cref="AddRelatedRules{T}"/>).
/// </summary>
internal sealed class ResourceRegistry
{
    private readonly Dictionary<string, IResourceDescriptor> _descriptors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IRelatedReader> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, IResourceDescriptor> _byRecordType = [];

    public IEnumerable<IResourceDescriptor> All => _descriptors.Values;

    public void Add(IResourceDescriptor descriptor)
    {
        _descriptors.Add(descriptor.Type, descriptor);
        _byRecordType.TryAdd(descriptor.RecordType, descriptor);
    }

    public IResourceDescriptor? Find(string type) => _descriptors.GetValueOrDefault(type);

    /// <summary>Finds the descriptor of a stored record's type.</summary>
    public IResourceDescriptor? Find(IRecord record) => _byRecordType.GetValueOrDefault(record.GetType());

    /// <summary>Reads the type with these rules wherever a relationship leads to it (filters, sorts and includes Apple allows on its related routes).</summary>
    public void AddRelatedRules<T>(QueryRules<T> many, QueryRules<T> one)
        where T : class, IRecord => _readers.Add(many.Descriptor.Type, new RelatedReader<T>(many, one));

    public IRelatedReader RelatedReader(string type) =>
        _readers.GetValueOrDefault(type)
        ?? (_descriptors.GetValueOrDefault(type) ?? throw new InvalidOperationException($"No descriptor for '{type}'.")).DefaultRelatedReader();
}
