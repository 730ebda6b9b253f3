using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Core;

/// <summary>No app with the given bundle id or Apple id is visible to the key.</summary>
public sealed class AscAppNotFoundException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="appReference">The bundle id or Apple id asked for.</param>
    /// <param name="keyDescription">The key, described without secrets.</param>
    public AscAppNotFoundException(string appReference, string keyDescription)
        : base($"No app '{appReference}' is visible to {keyDescription}. Check the bundle id (or Apple id), that the app record exists in App Store Connect (Apps > +, New App), " +
            "and that the key can see it (an individual key sees only its user's apps; a team key with limited app access needs that app granted).")
    {
        AppReference = appReference;
    }

    /// <summary>Gets the bundle id or Apple id asked for.</summary>
    public string AppReference { get; }
}
