namespace Cake.AppStoreConnect.Client.Access;

/// <summary>Apple's <c>UserRole</c> values (spec 4.4.1), as a roster or an invitation names them.</summary>
public static class AscUserRoles
{
    /// <summary>The Account Holder: never given, changed or removed by the add-in.</summary>
    public const string AccountHolder = "ACCOUNT_HOLDER";

    /// <summary>The permission to generate an individual API key.</summary>
    public const string GenerateIndividualKeys = "GENERATE_INDIVIDUAL_KEYS";

    /// <summary>Gets every value of the spec's <c>UserRole</c> enum.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "ADMIN", "FINANCE", AccountHolder, "SALES", "MARKETING", "APP_MANAGER", "DEVELOPER", "ACCESS_TO_REPORTS", "CUSTOMER_SUPPORT",
        "CREATE_APPS", "CLOUD_MANAGED_DEVELOPER_ID", "CLOUD_MANAGED_APP_DISTRIBUTION", GenerateIndividualKeys,
    ];

    /// <summary>Checks roles a person may be given: known values, at least one, never the Account Holder.</summary>
    /// <param name="roles">The roles.</param>
    /// <param name="source">Where they come from, for the message (an argument name or a roster line).</param>
    /// <returns>The roles, without duplicates, in the order given.</returns>
    /// <exception cref="ArgumentException">A role is unknown or the Account Holder, or none is given; the message names it and the allowed values.</exception>
    public static IReadOnlyList<string> Check(IEnumerable<string> roles, string source)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var list = roles.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException($"{source}: give at least one role ({string.Join(", ", All.Where(r => r != AccountHolder))}).");
        }

        if (list.FirstOrDefault(r => !All.Contains(r, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ArgumentException($"{source}: '{unknown}' is not an App Store Connect role; use one of {string.Join(", ", All.Where(r => r != AccountHolder))}.");
        }

        return list.Contains(AccountHolder)
            ? throw new ArgumentException($"{source}: ACCOUNT_HOLDER cannot be given; only the Account Holder transfers it, in App Store Connect.")
            : list;
    }
}
