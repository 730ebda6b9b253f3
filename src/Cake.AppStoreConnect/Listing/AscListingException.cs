using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// The listing cannot be written as things stand: no editable version or app info (another platform in review, a
/// live version), or What's New on a first version. The message names the blocking state and what to do.
/// </summary>
public class AscListingException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public AscListingException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// App Store Connect refused a listing value: the message names the locale and field (and the fastlane file), Apple's
/// reason (a locked state, a name used by another app) and the fix.
/// </summary>
public sealed class AscMetadataRejectedException : AscInvalidRequestException
{
    /// <summary>Creates the exception from Apple's answer.</summary>
    /// <param name="refused">Apple's answer.</param>
    /// <param name="locale">The locale written, or <see langword="null"/> for a value of the whole listing.</param>
    /// <param name="field">Apple's attribute (or relationship) name.</param>
    /// <param name="advice">What it means here and what to do.</param>
    public AscMetadataRejectedException(AscApiException refused, string? locale, string field, string advice)
        : base((refused ?? throw new ArgumentNullException(nameof(refused))).StatusCode, refused.Method, refused.Path, refused.Errors, advice)
    {
        Locale = locale;
        Field = field;
    }

    /// <summary>Gets the locale written, or <see langword="null"/> for a value of the whole listing.</summary>
    public string? Locale { get; }

    /// <summary>Gets Apple's attribute (or relationship) name.</summary>
    public string Field { get; }
}
