using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>The key works but may not do every job the pipeline requires; the message is the permission table.</summary>
public sealed class AscMissingPermissionsException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The table and what to do.</param>
    /// <param name="check">What the check found.</param>
    public AscMissingPermissionsException(string message, AscCredentialCheck check)
        : base(message)
    {
        Check = check;
    }

    /// <summary>Gets what the check found, every permission included.</summary>
    public AscCredentialCheck Check { get; }
}
