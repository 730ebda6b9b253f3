using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Settings of <c>AscPrepareAppStoreVersion</c>: release notes, copyright, release type and build of a version.</summary>
public sealed class AscPrepareAppStoreVersionSettings : AscSettings
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>; fastlane <c>platform</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets the per-locale texts, such as <c>["en-US"]</c>; locales not listed are left alone.</summary>
    public IDictionary<string, AscLocalizedMetadata> Localizations { get; } = new Dictionary<string, AscLocalizedMetadata>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the copyright line (fastlane <c>copyright</c>); unset leaves it as it is.</summary>
    public string? Copyright { get; set; }

    /// <summary>
    /// Gets or sets the release type: <c>MANUAL</c>, <c>AFTER_APPROVAL</c> or <c>SCHEDULED</c>
    /// (fastlane <c>automatic_release</c> / <c>auto_release_date</c>); unset leaves it as it is.
    /// </summary>
    public string? ReleaseType { get; set; }

    /// <summary>Gets or sets the earliest release date of a <c>SCHEDULED</c> release (fastlane <c>auto_release_date</c>).</summary>
    public DateTimeOffset? EarliestReleaseDate { get; set; }

    /// <summary>Gets or sets the build to attach, by id.</summary>
    public string? BuildId { get; set; }

    /// <summary>Gets or sets the build to attach, by build number (CFBundleVersion) of this version (fastlane <c>build_number</c>).</summary>
    public string? BuildNumber { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether, when neither <see cref="BuildId"/> nor <see cref="BuildNumber"/>
    /// is given, the newest VALID build of this version is attached (default true).
    /// </summary>
    public bool AttachLatestBuild { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether an editable version with another version string is renamed
    /// rather than failing (default true, as fastlane deliver does: Apple allows one editable version per platform).
    /// </summary>
    public bool RenameEditableVersion { get; set; } = true;

    /// <summary>Gets or sets the build's export compliance answer (fastlane <c>submission_information.export_compliance_uses_encryption</c>).</summary>
    public bool? UsesNonExemptEncryption { get; set; }

    /// <summary>Gets or sets the app's content rights answer (fastlane <c>submission_information.content_rights_contains_third_party_content</c>).</summary>
    public bool? ContainsThirdPartyContent { get; set; }
}
