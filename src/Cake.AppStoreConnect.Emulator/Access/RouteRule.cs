namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// One row of <see cref="RoutePermissions"/>: the roles that may call a route (the Account Holder and Admins
/// always may), whether an individual key is refused outright, and where the rule comes from.
/// </summary>
/// <param name="Route">The method and the route pattern as mapped, such as <c>GET /v1/apps/{id}</c>.</param>
/// <param name="Roles">The roles allowed besides <c>ACCOUNT_HOLDER</c> and <c>ADMIN</c>.</param>
/// <param name="TeamKeyOnly">True where Apple refuses individual keys whatever their roles (provisioning, sales and finance).</param>
/// <param name="Source">Where the rule comes from; see the emulator README's "Keys and roles".</param>
internal sealed record RouteRule(string Route, IReadOnlySet<string> Roles, bool TeamKeyOnly, RoleSource Source)
{
    /// <summary>Gets the rule of a route with no row: only the Account Holder and Admins, which the coverage test reports as missing.</summary>
    public static RouteRule Unlisted(string route) => new(route, new HashSet<string>(), TeamKeyOnly: false, RoleSource.Unlisted);

    public bool Allows(IReadOnlySet<string> roles) =>
        roles.Contains(UserRoles.AccountHolder) || roles.Contains(UserRoles.Admin) || roles.Overlaps(Roles);

    /// <summary>Gets every role that may call the route, Account Holder and Admin first.</summary>
    public IEnumerable<string> AllowedRoles => [UserRoles.AccountHolder, UserRoles.Admin, .. UserRoles.All.Where(Roles.Contains)];
}

/// <summary>Where a row of the role table comes from.</summary>
internal enum RoleSource
{
    /// <summary>Apple's "Role permissions" page of App Store Connect Help (its task table).</summary>
    RolePage,

    /// <summary>Apple's API documentation (creating API keys, <c>UserRole</c>) or a peer thread, cited in the README.</summary>
    AppleDocs,

    /// <summary>An educated guess: the nearest task on the role page, not confirmed against Apple.</summary>
    Guess,

    /// <summary>No row: the route is new and the table lacks it (the coverage test fails).</summary>
    Unlisted,
}
