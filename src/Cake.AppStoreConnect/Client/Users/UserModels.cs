using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Users;

/// <summary>A person on the team.</summary>
/// <param name="Id">Apple's id of the user.</param>
/// <param name="Email">The Apple Account (Apple's <c>username</c>).</param>
/// <param name="FirstName">The first name.</param>
/// <param name="LastName">The last name.</param>
/// <param name="Roles">Apple's <c>UserRole</c> values, such as <c>APP_MANAGER</c>.</param>
/// <param name="AllAppsVisible">Whether the user sees every app.</param>
/// <param name="ProvisioningAllowed">Whether the user may use Certificates, Identifiers &amp; Profiles.</param>
/// <param name="VisibleAppIds">The apps the user sees when not all of them.</param>
public sealed record AscUser(string Id, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles, bool AllAppsVisible, bool ProvisioningAllowed, IReadOnlyList<string> VisibleAppIds)
{
    /// <summary>Gets a value indicating whether this is the Account Holder, whom the add-in never changes.</summary>
    public bool IsAccountHolder => Roles.Contains("ACCOUNT_HOLDER");

    internal static AscUser From(JsonApiResource<UserAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.Username ?? string.Empty,
        resource.Attributes?.FirstName ?? string.Empty,
        resource.Attributes?.LastName ?? string.Empty,
        resource.Attributes?.Roles ?? [],
        resource.Attributes?.AllAppsVisible ?? false,
        resource.Attributes?.ProvisioningAllowed ?? false,
        resource.Relationships?.GetValueOrDefault("visibleApps")?.GetIds() ?? []);

    /// <inheritdoc />
    public override string ToString() => $"{FirstName} {LastName} <{Email}> ({string.Join(", ", Roles)})";
}

/// <summary>An invitation not yet accepted.</summary>
/// <param name="Id">Apple's id of the invitation.</param>
/// <param name="Email">Who is invited.</param>
/// <param name="FirstName">The first name.</param>
/// <param name="LastName">The last name.</param>
/// <param name="Roles">The roles the person will have.</param>
/// <param name="AllAppsVisible">Whether they will see every app.</param>
/// <param name="ProvisioningAllowed">Whether they may use Certificates, Identifiers &amp; Profiles.</param>
/// <param name="VisibleAppIds">The apps they will see when not all of them.</param>
/// <param name="ExpirationDate">When the invitation lapses.</param>
public sealed record AscUserInvitation(string Id, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles, bool AllAppsVisible, bool ProvisioningAllowed, IReadOnlyList<string> VisibleAppIds, DateTimeOffset? ExpirationDate)
{
    internal static AscUserInvitation From(JsonApiResource<UserInvitationAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.Email ?? string.Empty,
        resource.Attributes?.FirstName ?? string.Empty,
        resource.Attributes?.LastName ?? string.Empty,
        resource.Attributes?.Roles ?? [],
        resource.Attributes?.AllAppsVisible ?? false,
        resource.Attributes?.ProvisioningAllowed ?? false,
        resource.Relationships?.GetValueOrDefault("visibleApps")?.GetIds() ?? [],
        resource.Attributes?.ExpirationDate);

    /// <inheritdoc />
    public override string ToString() => $"{FirstName} {LastName} <{Email}> invited ({string.Join(", ", Roles)})";
}

/// <summary>Who to invite and with what access (<c>UserInvitationCreateRequest</c>).</summary>
public sealed record AscUserAccess
{
    /// <summary>Gets the roles (<c>UserRole</c> values).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>Gets the apps the person sees; empty means every app.</summary>
    public IReadOnlyList<string> VisibleAppIds { get; init; } = [];

    /// <summary>Gets whether the person may use Certificates, Identifiers &amp; Profiles.</summary>
    public bool ProvisioningAllowed { get; init; }
}

internal sealed class UserAttributes
{
    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public List<string>? Roles { get; init; }

    public bool? AllAppsVisible { get; init; }

    public bool? ProvisioningAllowed { get; init; }
}

internal sealed class UserInvitationAttributes
{
    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public List<string>? Roles { get; init; }

    public bool? AllAppsVisible { get; init; }

    public bool? ProvisioningAllowed { get; init; }

    public DateTimeOffset? ExpirationDate { get; init; }
}
