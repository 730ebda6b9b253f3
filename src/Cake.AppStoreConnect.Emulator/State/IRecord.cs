namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>A stored resource: anything kept in a <see cref="ResourceTable{T}"/> has an id.</summary>
internal interface IRecord
{
    /// <summary>Gets the resource id, unique within its type.</summary>
    string Id { get; }
}
