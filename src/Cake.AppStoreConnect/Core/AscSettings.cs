using Cake.Core.IO;

namespace Cake.AppStoreConnect.Core;

/// <summary>
/// What every App Store Connect alias takes: credentials, address, timeouts, retries and dry run.
/// Anything left unset comes from the environment (see the ASC_* environment variables listed in the README).
/// </summary>
public class AscSettings
{
    /// <summary>Gets or sets the API key id. Overrides <c>ASC_KEY_ID</c>.</summary>
    public string? KeyId { get; set; }

    /// <summary>Gets or sets the issuer id of a team key. Overrides <c>ASC_ISSUER_ID</c>.</summary>
    public string? IssuerId { get; set; }

    /// <summary>Gets or sets the text of the .p8 file. Never logged.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>Gets or sets the path of the .p8 file.</summary>
    public FilePath? PrivateKeyFile { get; set; }

    /// <summary>Gets or sets the path of a fastlane API key JSON file.</summary>
    public FilePath? ApiKeyJsonFile { get; set; }

    /// <summary>Gets or sets whether the key is an individual key, whatever issuer id the environment has.</summary>
    public bool? IndividualKey { get; set; }

    /// <summary>Gets or sets whether the key is an enterprise (in-house) key.</summary>
    public bool? InHouse { get; set; }

    /// <summary>Gets or sets the API address. Overrides <c>ASC_API_URL</c>; Apple's by default.</summary>
    public Uri? ApiUrl { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether to only read and report what would change, changing nothing.
    /// </summary>
    public bool DryRun { get; set; }

    /// <summary>Gets or sets how long one attempt of one request may take (default 100 s).</summary>
    public TimeSpan? RequestTimeout { get; set; }

    /// <summary>Gets or sets how long one request may take with its retries (default 10 minutes).</summary>
    public TimeSpan? OverallTimeout { get; set; }

    /// <summary>Gets or sets how many times a failed request, or upload part, is retried when that is safe (default 5).</summary>
    public int? MaxRetries { get; set; }

    /// <summary>
    /// Gets or sets the delay before the first retry of a request or upload part (default 1 s); it doubles with
    /// each retry, with jitter, and a server's <c>Retry-After</c> wins.
    /// </summary>
    public TimeSpan? RetryDelay { get; set; }

    /// <summary>
    /// Gets or sets whether what a changing alias did is added to the CI run summary (GitHub Actions' step summary,
    /// Azure Pipelines' summary tab). On where a CI is detected unless <c>ASC_RUN_SUMMARY=false</c>; <c>false</c> here wins.
    /// </summary>
    public bool? PublishRunSummary { get; set; }
}
