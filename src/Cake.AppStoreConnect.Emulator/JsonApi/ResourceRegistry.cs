namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>The descriptors of every resource type, by JSON:API type name; includes are resolved through it.</summary>
internal sealed class ResourceRegistry
{
    private readonly Dictionary<string, IResourceDescriptor> _descriptors = new(StringComparer.Ordinal);

    public void Add(IResourceDescriptor descriptor) => _descriptors.Add(descriptor.Type, descriptor);

    public IResourceDescriptor? Find(string type) => _descriptors.GetValueOrDefault(type);
}
