namespace Cake.AppStoreConnect.Credentials;

/// <summary>What kind of App Store Connect API key is in use.</summary>
public enum AscKeyKind
{
    /// <summary>A team key: has an issuer id, a role chosen when it was created, and sees every app.</summary>
    Team,

    /// <summary>An individual key (<c>sub: "user"</c>, no issuer): its user's roles and visible apps.</summary>
    Individual,

    /// <summary>
    /// An Apple Developer Enterprise Program team key (audience <c>apple-developer-enterprise-v1</c>). Known from the
    /// settings (<c>InHouse</c> / <c>ASC_IN_HOUSE</c>), not from App Store Connect: no endpoint tells the kind.
    /// </summary>
    Enterprise,
}
