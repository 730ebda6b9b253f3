namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>
/// A record that belongs to one app. The shared read path (<c>Api</c>) asks it for its app, so an individual
/// key that does not see that app finds it neither by its own path (404) nor in lists.
/// </summary>
internal interface IAppOwned : IRecord
{
    /// <summary>Gets the id of the app the record belongs to.</summary>
    string AppId { get; }
}
