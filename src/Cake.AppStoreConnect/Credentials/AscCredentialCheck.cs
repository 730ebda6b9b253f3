using Cake.AppStoreConnect.Client.RateLimits;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>What <c>AscVerifyCredentials</c> learned about the key.</summary>
/// <param name="KeyId">The key id.</param>
/// <param name="IssuerId">The issuer id; <see langword="null"/> for an individual key.</param>
/// <param name="IsIndividualKey">Whether it is an individual key.</param>
/// <param name="InHouse">Whether it is an enterprise key.</param>
/// <param name="KeySource">Where the key was read from (a variable or file name).</param>
/// <param name="ApiUrl">The address that answered.</param>
/// <param name="VisibleAppCount">How many apps the key can see.</param>
/// <param name="VisibleApps">Up to ten of them, as "Name (bundle id)".</param>
/// <param name="RateLimit">The request budget App Store Connect reported.</param>
/// <param name="ClockSkew">The server's clock minus this machine's, when the server said the time.</param>
/// <param name="CanListApps">Whether the key may list apps; false for a key whose role sees no apps (Customer Support).</param>
/// <param name="CanReadCustomerReviews">Whether the key may read customer reviews; probed only when it may not list apps.</param>
/// <param name="Limitation">What the key cannot do and which role or key to use instead, when it is limited.</param>
public sealed record AscCredentialCheck(
    string KeyId,
    string? IssuerId,
    bool IsIndividualKey,
    bool InHouse,
    string KeySource,
    Uri ApiUrl,
    int VisibleAppCount,
    IReadOnlyList<string> VisibleApps,
    AscRateLimit? RateLimit,
    TimeSpan? ClockSkew,
    bool CanListApps = true,
    bool? CanReadCustomerReviews = null,
    string? Limitation = null)
{
    /// <summary>Gets the kind of key: team, individual, or enterprise (known from the settings, as no endpoint tells it).</summary>
    public AscKeyKind KeyKind => IsIndividualKey ? AscKeyKind.Individual : InHouse ? AscKeyKind.Enterprise : AscKeyKind.Team;

    /// <summary>Gets what was found about each permission asked for, in the order asked.</summary>
    public IReadOnlyList<AscPermissionCheck> Permissions { get; init; } = [];

    /// <summary>Gets the permissions found missing.</summary>
    public IReadOnlyList<AscPermissionCheck> MissingPermissions => [.. Permissions.Where(p => p.Allowed != true)];

    /// <summary>Renders <see cref="Permissions"/> as a table: permission, yes/no, the roles that allow it, how it was found.</summary>
    /// <returns>One line per permission under a header; empty when none was checked.</returns>
    public string PermissionTable()
    {
        if (Permissions.Count == 0)
        {
            return string.Empty;
        }

        var width = Permissions.Max(p => p.Permission.ToString().Length);
        var lines = Permissions.Select(p =>
            $"  {p.Permission.ToString().PadRight(width)}  {p.Answer,-7}  {p.AllowedBy}  ({(p.Certain ? "read" : "inferred from a write that cannot succeed")}: {p.Probe})");
        return $"  {"permission".PadRight(width)}  {"allowed",-7}  roles that allow it{Environment.NewLine}" + string.Join(Environment.NewLine, lines);
    }
}
