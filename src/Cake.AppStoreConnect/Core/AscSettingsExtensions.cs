using Cake.Core.IO;

namespace Cake.AppStoreConnect.Core;

/// <summary>Fluent helpers shared by every settings type; each returns the same instance, keeping its type.</summary>
public static class AscSettingsExtensions
{
    /// <summary>Sets the API key id.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="keyId">The key id.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithKeyId<TSettings>(this TSettings settings, string keyId)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.KeyId = keyId);

    /// <summary>Sets the issuer id of a team key.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="issuerId">The issuer id.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithIssuerId<TSettings>(this TSettings settings, string issuerId)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.IssuerId = issuerId);

    /// <summary>Sets the text of the .p8 file (from a secret; never logged).</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="privateKeyPem">The PEM text.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithPrivateKey<TSettings>(this TSettings settings, string privateKeyPem)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.PrivateKey = privateKeyPem);

    /// <summary>Sets the path of the .p8 file.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="privateKeyFile">The file.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithPrivateKeyFile<TSettings>(this TSettings settings, FilePath privateKeyFile)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.PrivateKeyFile = privateKeyFile);

    /// <summary>Reads the key from a fastlane API key JSON file (<c>key_id</c>, <c>issuer_id</c>, <c>key</c>, …).</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="apiKeyJsonFile">The JSON file.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithApiKeyJson<TSettings>(this TSettings settings, FilePath apiKeyJsonFile)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.ApiKeyJsonFile = apiKeyJsonFile);

    /// <summary>Uses an individual key: tokens carry <c>sub: "user"</c> and no issuer.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static TSettings UseIndividualKey<TSettings>(this TSettings settings)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.IndividualKey = true);

    /// <summary>Uses an enterprise (in-house) key.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static TSettings UseInHouseKey<TSettings>(this TSettings settings)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.InHouse = true);

    /// <summary>Sets the API address, such as the emulator's.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="apiUrl">The address.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithApiUrl<TSettings>(this TSettings settings, Uri apiUrl)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.ApiUrl = apiUrl);

    /// <summary>Reads and reports what would change, changing nothing.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="dryRun">Whether to only report.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetDryRun<TSettings>(this TSettings settings, bool dryRun = true)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.DryRun = dryRun);

    /// <summary>Adds (or, with <see langword="false"/>, keeps out) what the alias changed to the CI run summary.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="publish">Whether to publish where a CI run summary is found.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetPublishRunSummary<TSettings>(this TSettings settings, bool publish = true)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.PublishRunSummary = publish);

    /// <summary>Sets how long one attempt of one request may take.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The timeout.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetRequestTimeout<TSettings>(this TSettings settings, TimeSpan timeout)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.RequestTimeout = timeout);

    /// <summary>Sets how long one request may take with all its retries.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The timeout.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetOverallTimeout<TSettings>(this TSettings settings, TimeSpan timeout)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.OverallTimeout = timeout);

    /// <summary>Sets how many times a failed request is retried when that is safe.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="maxRetries">The retry budget.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetMaxRetries<TSettings>(this TSettings settings, int maxRetries)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.MaxRetries = maxRetries);

    /// <summary>Sets the delay before the first retry; it doubles with each retry, with jitter.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="delay">The first retry's delay (default 1 s).</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetRetryDelay<TSettings>(this TSettings settings, TimeSpan delay)
        where TSettings : AscSettings => SettingsFluent.Apply(settings, s => s.RetryDelay = delay);

    /// <summary>Acts on the version of this platform.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForPlatform<TSettings>(this TSettings settings, string platform)
        where TSettings : AscSettings, IAscVersionTarget => SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Acts on this version.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="versionString">The version a user types, such as <c>1.4.0</c>.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForVersion<TSettings>(this TSettings settings, string versionString)
        where TSettings : AscSettings, IAscVersionTarget => SettingsFluent.Apply(settings, s => s.VersionString = versionString);

    /// <summary>Waits at most this long.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The timeout.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetTimeout<TSettings>(this TSettings settings, TimeSpan timeout)
        where TSettings : AscSettings, IAscWaitSettings => SettingsFluent.Apply(settings, s => s.Timeout = timeout);

    /// <summary>Polls from this interval, growing to a longest one.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="initial">The first interval.</param>
    /// <param name="max">The longest interval; unchanged when <see langword="null"/>.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetPollInterval<TSettings>(this TSettings settings, TimeSpan initial, TimeSpan? max = null)
        where TSettings : AscSettings, IAscWaitSettings => SettingsFluent.Apply(settings, s => (s.PollInterval, s.MaxPollInterval) = (initial, max ?? s.MaxPollInterval));
}
