namespace Cake.AppStoreConnect.Signing;

/// <summary>Apple's <c>ProfileType</c> values, typed; <see cref="AscProfileTypes.ToAppleValue"/> gives Apple's spelling (<c>IOS_APP_STORE</c>).</summary>
public enum AscProfileType
{
    /// <summary><c>IOS_APP_DEVELOPMENT</c>.</summary>
    IosAppDevelopment,

    /// <summary><c>IOS_APP_STORE</c>.</summary>
    IosAppStore,

    /// <summary><c>IOS_APP_ADHOC</c>.</summary>
    IosAppAdhoc,

    /// <summary><c>IOS_APP_INHOUSE</c> (enterprise accounts).</summary>
    IosAppInhouse,

    /// <summary><c>MAC_APP_DEVELOPMENT</c>.</summary>
    MacAppDevelopment,

    /// <summary><c>MAC_APP_STORE</c>.</summary>
    MacAppStore,

    /// <summary><c>MAC_APP_DIRECT</c> (Developer ID).</summary>
    MacAppDirect,

    /// <summary><c>TVOS_APP_DEVELOPMENT</c>.</summary>
    TvosAppDevelopment,

    /// <summary><c>TVOS_APP_STORE</c>.</summary>
    TvosAppStore,

    /// <summary><c>TVOS_APP_ADHOC</c>.</summary>
    TvosAppAdhoc,

    /// <summary><c>TVOS_APP_INHOUSE</c>.</summary>
    TvosAppInhouse,

    /// <summary><c>MAC_CATALYST_APP_DEVELOPMENT</c>.</summary>
    MacCatalystAppDevelopment,

    /// <summary><c>MAC_CATALYST_APP_STORE</c>.</summary>
    MacCatalystAppStore,

    /// <summary><c>MAC_CATALYST_APP_DIRECT</c>.</summary>
    MacCatalystAppDirect,
}

/// <summary>Apple's spelling of <see cref="AscProfileType"/>, and what each type takes.</summary>
public static class AscProfileTypes
{
    /// <summary>Gets Apple's value of a profile type, such as <c>IOS_APP_STORE</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Apple's value.</returns>
    public static string ToAppleValue(this AscProfileType type) =>
        string.Concat(type.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString())).ToUpperInvariant();

    /// <summary>Reads Apple's value (any case) into the typed form.</summary>
    /// <param name="value">Apple's value, such as <c>IOS_APP_STORE</c>.</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentException">The value is not one of Apple's profile types; the message lists them.</exception>
    public static AscProfileType Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var type in Enum.GetValues<AscProfileType>())
        {
            if (string.Equals(type.ToAppleValue(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        throw new ArgumentException($"'{Client.AscText.Echo(value)}' is not one of Apple's profile types: {string.Join(", ", Enum.GetValues<AscProfileType>().Select(t => t.ToAppleValue()))}.", nameof(value));
    }
}
