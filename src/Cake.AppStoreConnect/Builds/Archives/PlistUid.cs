namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>A binary property list UID (an object reference used by NSKeyedArchiver).</summary>
/// <param name="Value">The referenced index.</param>
internal readonly record struct PlistUid(ulong Value);
