namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// What a key may do: its roles (<c>UserRole</c> values) and, for an individual key, the user it belongs to
/// and the apps that user sees (null: all apps). A team key always sees every app ("Team API keys can access
/// all apps, regardless of their role", Apple's <c>creating-api-keys-for-app-store-connect-api</c>).
/// </summary>
internal sealed record KeyAccess(IReadOnlySet<string> Roles, string? UserId = null, IReadOnlySet<string>? VisibleAppIds = null)
{
    /// <summary>Gets the access of a key registered without roles: <c>ADMIN</c>, the emulator's default.</summary>
    public static KeyAccess Admin { get; } = new(new HashSet<string>(StringComparer.Ordinal) { UserRoles.Admin });
}
