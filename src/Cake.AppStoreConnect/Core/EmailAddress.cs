using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Core;

/// <summary>What the add-in takes as an email address (testers, users): one address with a local part and a dotted domain.</summary>
internal static partial class EmailAddress
{
    public static bool IsValid(string? email) => email is { Length: > 0 and <= 254 } && Pattern().IsMatch(email);

    [GeneratedRegex(@"^[^@\s,;<>""]+@[^@\s,;<>""]+\.[^@\s,;<>"".]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
