using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>A tester to add: email, name and the names of the app's beta groups to put them in.</summary>
public sealed partial record AscTester
{
    /// <summary>Creates a tester.</summary>
    /// <param name="email">The email address.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="groups">The group names; when none, the settings' default groups apply.</param>
    public AscTester(string email, string? firstName = null, string? lastName = null, params IEnumerable<string> groups)
    {
        Email = (email ?? string.Empty).Trim();
        FirstName = string.IsNullOrWhiteSpace(firstName) ? null : firstName.Trim();
        LastName = string.IsNullOrWhiteSpace(lastName) ? null : lastName.Trim();
        Groups = [.. (groups ?? []).Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets the email address.</summary>
    public string Email { get; init; }

    /// <summary>Gets the first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the names of the groups to add the tester to.</summary>
    public IReadOnlyList<string> Groups { get; init; }

    /// <summary>Tells whether a text looks like an email address App Store Connect accepts.</summary>
    /// <param name="email">The text.</param>
    /// <returns><see langword="true"/> when it is one address with a local part and a dotted domain.</returns>
    public static bool IsValidEmail(string? email) => EmailAddress.IsValid(email);

    /// <inheritdoc />
    public override string ToString() => $"{FirstName} {LastName} <{Email}>".Trim();
}
