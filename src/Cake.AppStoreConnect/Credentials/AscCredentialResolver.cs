using System.Globalization;
using System.Text;
using System.Text.Json;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.IO;
using Env = Cake.AppStoreConnect.Credentials.AscEnvironmentVariables;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>
/// Finds the API key. Values set on the settings win field by field; the rest comes from the first
/// complete source among <c>ASC_*</c> variables, fastlane's <c>APP_STORE_CONNECT_API_KEY_*</c> variables
/// and fastlane's API key JSON file (<c>APP_STORE_CONNECT_API_KEY_PATH</c>). No issuer id means an
/// individual key. Messages name the variable or file to fix and never contain key material.
/// </summary>
public sealed class AscCredentialResolver
{
    private const string NothingFound =
        "No App Store Connect API key was found. Set ASC_KEY_ID, ASC_ISSUER_ID (team keys only) and one of ASC_PRIVATE_KEY_PATH (path of the .p8 file), " +
        "ASC_PRIVATE_KEY (its text) or ASC_PRIVATE_KEY_BASE64 from your pipeline's secrets; or fastlane's APP_STORE_CONNECT_API_KEY_KEY_ID, _ISSUER_ID and _KEY_FILEPATH/_KEY, " +
        "or APP_STORE_CONNECT_API_KEY_PATH (API key JSON); or set them on the settings (.WithKeyId(..).WithIssuerId(..).WithPrivateKeyFile(..)).";

    private readonly ICakeEnvironment _environment;
    private readonly IFileSystem _fileSystem;

    /// <summary>Creates a resolver reading Cake's environment and file system.</summary>
    /// <param name="environment">Cake's environment (variables, working directory).</param>
    /// <param name="fileSystem">Cake's file system.</param>
    public AscCredentialResolver(ICakeEnvironment environment, IFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(fileSystem);
        _environment = environment;
        _fileSystem = fileSystem;
    }

    /// <summary>Finds and reads the key.</summary>
    /// <param name="settings">Explicit values; unset ones come from the environment.</param>
    /// <returns>The key and any token lifetime its source asks for.</returns>
    /// <exception cref="AscCredentialsException">No usable key; the message says what to set.</exception>
    public AscResolvedCredentials Resolve(AscSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var explicitValues = FromSettings(settings);
        var baseline = FirstCompleteEnvironmentSource();

        var keyId = explicitValues.KeyId ?? baseline.KeyId;
        var keyIdSource = explicitValues.KeyId is not null ? explicitValues.KeyIdSource : baseline.KeyIdSource;
        var key = explicitValues.Key ?? baseline.Key;
        var issuer = settings.IndividualKey == true ? null : explicitValues.IssuerId ?? baseline.IssuerId;
        var inHouse = settings.InHouse ?? explicitValues.InHouse ?? baseline.InHouse ?? false;
        var lifetime = explicitValues.Lifetime ?? baseline.Lifetime;

        if (keyId is null && key is null)
        {
            throw new AscCredentialsException(NothingFound);
        }

        if (keyId is null)
        {
            throw new AscCredentialsException($"A private key is set ({key!.Source}) but no key id: set {baseline.KeyIdSource ?? Env.KeyId} to the id of that key, shown next to it in App Store Connect (Users and Access > Integrations).");
        }

        if (key is null)
        {
            var family = explicitValues.KeyId is not null ? "the settings (.WithPrivateKeyFile(..) or .WithPrivateKey(..))" : baseline.MissingKeyHint;
            throw new AscCredentialsException($"The key id is set ({keyIdSource}) but no private key is: set {family}.");
        }

        return new AscResolvedCredentials(key.Read(keyId, issuer, inHouse), lifetime);
    }

    /// <summary>Resolves the API address: the settings, then <c>ASC_API_URL</c>, then Apple's.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The address.</returns>
    public Uri ResolveApiUrl(AscSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.ApiUrl is not null)
        {
            return settings.ApiUrl;
        }

        var value = Variable(Env.ApiUrl);
        if (value is null)
        {
            return Client.Http.AscClientOptions.DefaultBaseAddress;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new AscCredentialsException($"{Env.ApiUrl} is '{value}', which is not an absolute http(s) address; unset it to use Apple's, or set it to the emulator's address such as http://127.0.0.1:5555.");
    }

    private Candidate FirstCompleteEnvironmentSource()
    {
        // Sources are read in order and only until one is complete, so a later, stale one cannot fail the run.
        Candidate? firstPartial = null;
        foreach (var source in new Func<Candidate>[] { FromAscVariables, FromFastlaneVariables, FromFastlaneJson })
        {
            var candidate = source();
            if (candidate.IsComplete)
            {
                return candidate;
            }

            firstPartial ??= candidate.HasAny ? candidate : null;
        }

        return firstPartial ?? Candidate.Empty;
    }

    private Candidate FromSettings(AscSettings settings)
    {
        var json = settings.ApiKeyJsonFile is null ? Candidate.Empty : ReadApiKeyJson(settings.ApiKeyJsonFile, "the API key JSON file set on the settings");
        KeySource? key = null;
        if (!string.IsNullOrWhiteSpace(settings.PrivateKey))
        {
            key = KeySource.FromText(settings.PrivateKey, "the settings' PrivateKey");
        }
        else if (settings.PrivateKeyFile is not null)
        {
            key = KeySource.FromFile(() => ReadFile(settings.PrivateKeyFile, "the settings' PrivateKeyFile"), "the settings' PrivateKeyFile");
        }

        return new Candidate(
            NullIfBlank(settings.KeyId) ?? json.KeyId,
            NullIfBlank(settings.KeyId) is not null ? "KeyId on the settings" : json.KeyIdSource,
            NullIfBlank(settings.IssuerId) ?? json.IssuerId,
            key ?? json.Key,
            settings.InHouse ?? json.InHouse,
            json.Lifetime,
            "the settings");
    }

    private Candidate FromAscVariables()
    {
        KeySource? key = null;
        if (Variable(Env.PrivateKey) is { } text)
        {
            key = KeySource.FromText(UnescapeNewlines(text), Env.PrivateKey);
        }
        else if ((Variable(Env.PrivateKeyBase64) ?? Variable(Env.PrivateKeyB64)) is { } base64)
        {
            var name = Variable(Env.PrivateKeyBase64) is null ? Env.PrivateKeyB64 : Env.PrivateKeyBase64;
            key = KeySource.FromFile(() => DecodeBase64(base64, name), name);
        }
        else if (Variable(Env.PrivateKeyPath) is { } path)
        {
            key = KeySource.FromFile(() => ReadFile(path, Env.PrivateKeyPath), Env.PrivateKeyPath);
        }

        return new Candidate(
            Variable(Env.KeyId),
            Env.KeyId,
            Variable(Env.IssuerId),
            key,
            null,
            null,
            $"{Env.PrivateKeyPath} (path of the .p8 file), {Env.PrivateKey} (its text) or {Env.PrivateKeyBase64}");
    }

    private Candidate FromFastlaneVariables()
    {
        KeySource? key = null;
        if (Variable(Env.FastlaneKey) is { } content)
        {
            key = IsTrue(Variable(Env.FastlaneIsKeyContentBase64))
                ? KeySource.FromFile(() => DecodeBase64(content, Env.FastlaneKey), Env.FastlaneKey)
                : KeySource.FromText(UnescapeNewlines(content), Env.FastlaneKey);
        }
        else if (Variable(Env.FastlaneKeyFilePath) is { } path)
        {
            key = KeySource.FromFile(() => ReadFile(path, Env.FastlaneKeyFilePath), Env.FastlaneKeyFilePath);
        }

        return new Candidate(
            Variable(Env.FastlaneKeyId),
            Env.FastlaneKeyId,
            Variable(Env.FastlaneIssuerId),
            key,
            Variable(Env.FastlaneInHouse) is { } inHouse ? IsTrue(inHouse) : null,
            ParseDuration(Variable(Env.FastlaneDuration), Env.FastlaneDuration),
            $"{Env.FastlaneKeyFilePath} or {Env.FastlaneKey}");
    }

    private Candidate FromFastlaneJson() =>
        Variable(Env.FastlaneApiKeyPath) is { } path ? ReadApiKeyJson(path, Env.FastlaneApiKeyPath) : Candidate.Empty;

    private Candidate ReadApiKeyJson(FilePath path, string source)
    {
        var bytes = ReadFile(path, source);
        var where = $"{source} ({path.FullPath})";
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // The parser's own message may quote file content, which holds the key: give the position only.
            throw new AscCredentialsException($"{where} is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}). Expected fastlane's API key format: {{\"key_id\": \"…\", \"issuer_id\": \"…\", \"key\": \"-----BEGIN PRIVATE KEY-----\\n…\"}}.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new AscCredentialsException($"{where} is not a JSON object. Expected fastlane's API key format: {{\"key_id\": \"…\", \"issuer_id\": \"…\", \"key\": \"…\"}}.");
        }

        var keyId = JsonString(root, "key_id", where);
        var keyText = JsonString(root, "key", where);
        if (keyId is null || keyText is null)
        {
            throw new AscCredentialsException($"{where} lacks {(keyId is null ? "\"key_id\"" : "\"key\"")}; fastlane's API key JSON needs \"key_id\" and \"key\" (and \"issuer_id\" for team keys).");
        }

        var keySource = $"\"key\" in {where}";
        var key = JsonBool(root, "is_key_content_base64")
            ? KeySource.FromFile(() => DecodeBase64(keyText, keySource), keySource)
            : KeySource.FromText(UnescapeNewlines(keyText), keySource);
        var duration = root.TryGetProperty("duration", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var seconds)
            ? ParseDuration(seconds.ToString(CultureInfo.InvariantCulture), $"\"duration\" in {where}")
            : null;
        return new Candidate(keyId, $"\"key_id\" in {where}", JsonString(root, "issuer_id", where), key, JsonBool(root, "in_house"), duration, where);
    }

    private byte[] ReadFile(FilePath path, string source)
    {
        var absolute = path.MakeAbsolute(_environment);
        var file = _fileSystem.GetFile(absolute);
        if (!file.Exists)
        {
            throw new AscCredentialsException($"{source} points at {absolute.FullPath}, which does not exist. Check the path (relative paths start from {_environment.WorkingDirectory.FullPath}), or that the pipeline's secure file was downloaded first.");
        }

        using var stream = file.OpenRead();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        if (memory.Length == 0)
        {
            throw new AscCredentialsException($"{source} points at {absolute.FullPath}, which is empty; expected the .p8 file downloaded from App Store Connect.");
        }

        return memory.ToArray();
    }

    private string? Variable(string name) => NullIfBlank(_environment.GetEnvironmentVariable(name));

    private static byte[] DecodeBase64(string value, string source)
    {
        try
        {
            return Convert.FromBase64String(string.Concat(value.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            throw new AscCredentialsException($"{source} is not valid base64. Encode the .p8 file whole, for example `base64 -w0 AuthKey_ABC123.p8` (Linux) or `base64 -i AuthKey_ABC123.p8` (macOS).");
        }
    }

    private static TimeSpan? ParseDuration(string? seconds, string source)
    {
        if (seconds is null)
        {
            return null;
        }

        if (!int.TryParse(seconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 180 || value > 1200)
        {
            throw new AscCredentialsException($"{source} is '{seconds}'; a token lifetime must be a number of seconds from 180 to 1200 (Apple refuses more than 20 minutes).");
        }

        return TimeSpan.FromSeconds(value);
    }

    private static string? JsonString(JsonElement root, string name, string where) =>
        root.TryGetProperty(name, out var value) switch
        {
            false => null,
            true when value.ValueKind == JsonValueKind.Null => null,
            true when value.ValueKind == JsonValueKind.String => NullIfBlank(value.GetString()),
            _ => throw new AscCredentialsException($"\"{name}\" in {where} must be a string."),
        };

    private static bool JsonBool(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && IsTrue(value.GetString())));

    private static bool IsTrue(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" || value.Equals("yes", StringComparison.OrdinalIgnoreCase));

    private static string UnescapeNewlines(string text) => text.Replace("\\n", "\n", StringComparison.Ordinal);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>What one source provides.</summary>
    private sealed record Candidate(string? KeyId, string? KeyIdSource, string? IssuerId, KeySource? Key, bool? InHouse, TimeSpan? Lifetime, string MissingKeyHint)
    {
        public static readonly Candidate Empty = new(null, null, null, null, null, null, string.Empty);

        public bool IsComplete => KeyId is not null && Key is not null;

        public bool HasAny => KeyId is not null || Key is not null || IssuerId is not null;
    }

    /// <summary>Key material and where it came from; parsed only once the winning source is known.</summary>
    private sealed class KeySource
    {
        // Files and base64 are read only for the source that wins, so a stale variable elsewhere is harmless.
        private readonly Func<byte[]> _load;

        private KeySource(Func<byte[]> load, string source)
        {
            _load = load;
            Source = source;
        }

        public string Source { get; }

        public static KeySource FromText(string text, string source) => new(() => Encoding.UTF8.GetBytes(text), source);

        public static KeySource FromFile(Func<byte[]> load, string source) => new(load, source);

        public AscApiKey Read(string keyId, string? issuerId, bool inHouse) =>
            AscApiKey.FromBytes(keyId, issuerId, _load(), Source, inHouse);
    }
}
