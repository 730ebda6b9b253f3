namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>
/// A record that belongs to another one its wire form does not name (no to-one relationship leads there): a
/// phased release to its version, an age rating declaration to its app info. <c>Access/AppVisibility</c> hides it
/// from an individual key that cannot see what it belongs to.
/// </summary>
internal interface IPartOf : IRecord
{
    /// <summary>Gets the JSON:API type and id of the record it belongs to.</summary>
    (string Type, string Id) Whole { get; }
}
