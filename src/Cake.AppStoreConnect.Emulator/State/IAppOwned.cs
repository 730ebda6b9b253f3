namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>
/// A record that belongs to apps: most to one, an app to itself, a beta tester to the apps of its groups. An
/// individual key sees it when it sees one of those apps (<c>Access/AppVisibility</c>, the one place that asks).
/// </summary>
internal interface IAppOwned : IRecord
{
    /// <summary>Gets the ids of the apps the record belongs to.</summary>
    IEnumerable<string> AppIds { get; }
}
