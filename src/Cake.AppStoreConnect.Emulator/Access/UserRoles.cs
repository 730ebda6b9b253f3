namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>Apple's <c>UserRole</c> values (spec 4.4.1), and the groups of them the route table allows.</summary>
internal static class UserRoles
{
    public const string Admin = "ADMIN";
    public const string Finance = "FINANCE";
    public const string AccountHolder = "ACCOUNT_HOLDER";
    public const string Sales = "SALES";
    public const string Marketing = "MARKETING";
    public const string AppManager = "APP_MANAGER";
    public const string Developer = "DEVELOPER";
    public const string AccessToReports = "ACCESS_TO_REPORTS";
    public const string CustomerSupport = "CUSTOMER_SUPPORT";
    public const string CreateApps = "CREATE_APPS";
    public const string CloudManagedDeveloperId = "CLOUD_MANAGED_DEVELOPER_ID";
    public const string CloudManagedAppDistribution = "CLOUD_MANAGED_APP_DISTRIBUTION";
    public const string GenerateIndividualKeys = "GENERATE_INDIVIDUAL_KEYS";

    /// <summary>Gets every value of the spec's <c>UserRole</c> enum, in its order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Admin, Finance, AccountHolder, Sales, Marketing, AppManager, Developer, AccessToReports, CustomerSupport,
        CreateApps, CloudManagedDeveloperId, CloudManagedAppDistribution, GenerateIndividualKeys,
    ];

    /// <summary>
    /// Parses a comma list such as <c>APP_MANAGER,ACCESS_TO_REPORTS</c>; an unknown name is an
    /// <see cref="ArgumentException"/> naming it and the known ones.
    /// </summary>
    public static IReadOnlySet<string> Parse(string list, string source)
    {
        var roles = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (roles.Length == 0)
        {
            throw new ArgumentException($"{source} needs at least one role ({string.Join(", ", All)}).");
        }

        return Validate(roles, source);
    }

    /// <summary>Checks every name is a <c>UserRole</c>; throws naming the first that is not.</summary>
    public static IReadOnlySet<string> Validate(IEnumerable<string> roles, string source)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            if (!All.Contains(role, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{source}: '{role}' is not an App Store Connect UserRole; use one of {string.Join(", ", All)}.");
            }

            set.Add(role);
        }

        return set;
    }
}
