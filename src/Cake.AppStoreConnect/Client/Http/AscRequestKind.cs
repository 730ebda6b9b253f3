namespace Cake.AppStoreConnect.Client.Http;

/// <summary>What repeating a request would do; decides when the connection may retry it.</summary>
public enum AscRequestKind
{
    /// <summary>A read: retried on any transient failure.</summary>
    Read,

    /// <summary>
    /// A change that has the same effect however often it is made (PATCH of attributes, DELETE, adding
    /// to a to-many relationship): retried on any transient failure.
    /// </summary>
    Idempotent,

    /// <summary>
    /// A creation: retried only when it provably did not reach App Store Connect (connection refused,
    /// 429). Otherwise the failure surfaces as <see cref="Errors.AscOutcomeUnknownException"/>.
    /// </summary>
    Create,
}
