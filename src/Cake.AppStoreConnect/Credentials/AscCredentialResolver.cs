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
/// individual key. While a rehearsal emulator started by the script is in use (AscStartEmulator), its key
/// and address replace the environment's. Messages name the variable or file to fix and never contain key material.
/// </summary>
public sealed class AscCredentialResolver
{
    private const string NothingFound =
        "No App Store Connect API key was found. Set ASC_KEY_ID, ASC_ISSUER_ID (team keys only) and one of ASC_PRIVATE_KEY_PATH (path of the .p8 file), " +
        "ASC_PRIVATE_KEY (its text) or ASC_PRIVATE_KEY_BASE64 from your pipeline's secrets; or fastlane's APP_STORE_CONNECT_API_KEY_KEY_ID, _ISSUER_ID and _KEY_FILEPATH/_KEY, " +
        "or APP_STORE_CONNECT_API_KEY_PATH (API key JSON); or set them on the settings (.WithKeyId(..).WithIssuerId(..).WithPrivateKeyFile(..)).";

    /// <summary>Every credential variable that never holds a key, with what it should hold instead.</summary>
    private static readonly (string Name, string Expected)[] ValuesThatAreNeverKeys =
    [
        (Env.KeyId, "the key's id, such as 2X9R4HXF34"),
        (Env.IssuerId, "the issuer id (a UUID shown above the team keys), or leave it unset for an individual key"),
        (Env.PrivateKeyPath, "the path of the .p8 file"),
        (Env.ApiUrl, "an API address such as http://127.0.0.1:5555 (or unset it for Apple's)"),
        (Env.VendorNumber, "your vendor number (Payments and Financial Reports)"),
        (Env.FastlaneKeyId, "the key's id, such as 2X9R4HXF34"),
        (Env.FastlaneIssuerId, "the issuer id (a UUID)"),
        (Env.FastlaneKeyFilePath, "the path of the .p8 file"),
        (Env.FastlaneIsKeyContentBase64, "true or false"),
        (Env.FastlaneDuration, "a number of seconds"),
        (Env.FastlaneInHouse, "true or false"),
        (Env.FastlaneApiKeyPath, "the path of fastlane's API key JSON file"),
    ];

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
        EnsureNoKeyInTheWrongVariable();
        var explicitValues = FromSettings(settings);
        var baseline = AscRunCredentials.Current is { } run ? FromRun(run) : FirstCompleteEnvironmentSource();

        var keyId = explicitValues.KeyId ?? baseline.KeyId;
        var keyIdSource = explicitValues.KeyId is not null ? explicitValues.KeyIdSource : baseline.KeyIdSource;
        var key = explicitValues.Key ?? baseline.Key;
        var issuer = settings.IndividualKey == true ? null : explicitValues.IssuerId ?? baseline.IssuerId;
        var issuerSource = explicitValues.IssuerId is not null ? explicitValues.IssuerIdSource : baseline.IssuerIdSource;
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

        EnsureShape(keyId, keyIdSource, AscApiKey.DescribeKeyIdProblem);
        EnsureShape(issuer, issuerSource, AscApiKey.DescribeIssuerIdProblem);
        return new AscResolvedCredentials(key.Read(keyId, issuer, inHouse), lifetime);
    }

    /// <summary>Resolves the API address: the settings, then the run's emulator, then <c>ASC_API_URL</c>, then Apple's.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The address.</returns>
    public Uri ResolveApiUrl(AscSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EnsureNoKeyInTheWrongVariable();
        if (settings.ApiUrl is not null)
        {
            return settings.ApiUrl;
        }

        if (AscRunCredentials.Current is { } run)
        {
            return run.ApiUrl;
        }

        var value = Variable(Env.ApiUrl);
        if (value is null)
        {
            return Client.Http.AscClientOptions.DefaultBaseAddress;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new AscCredentialsException($"{Env.ApiUrl} is set but is not an absolute http(s) address (it has {value.Length} characters; its value is not shown, as for every credential variable). Unset it to use Apple's, or set it to the emulator's address such as http://127.0.0.1:5555.");
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
        EnsureNoKey(settings.KeyId, "KeyId on the settings", "the settings' PrivateKey (.WithPrivateKey(..))", "the key's id, such as 2X9R4HXF34");
        EnsureNoKey(settings.IssuerId, "IssuerId on the settings", "the settings' PrivateKey (.WithPrivateKey(..))", "the issuer id (a UUID)");
        var json = settings.ApiKeyJsonFile is null ? Candidate.Empty : ReadApiKeyJson(settings.ApiKeyJsonFile, "the API key JSON file set on the settings", showPath: true);
        KeySource? key = null;
        if (!string.IsNullOrWhiteSpace(settings.PrivateKey))
        {
            key = KeySource.FromText(settings.PrivateKey, "the settings' PrivateKey");
        }
        else if (settings.PrivateKeyFile is not null)
        {
            key = KeySource.FromFile(() => ReadFile(settings.PrivateKeyFile, "the settings' PrivateKeyFile", showPath: true), "the settings' PrivateKeyFile");
        }

        var keyIdSet = NullIfBlank(settings.KeyId) is not null;
        var issuerSet = NullIfBlank(settings.IssuerId) is not null;
        return new Candidate(
            NullIfBlank(settings.KeyId) ?? json.KeyId,
            keyIdSet ? "KeyId on the settings" : json.KeyIdSource,
            NullIfBlank(settings.IssuerId) ?? json.IssuerId,
            issuerSet ? "IssuerId on the settings" : json.IssuerIdSource,
            key ?? json.Key,
            settings.InHouse ?? json.InHouse,
            json.Lifetime,
            "the settings");
    }

    // The run's key replaces every environment source at once: a rehearsal must not mix in the real key.
    private Candidate FromRun(AscRunKey run) =>
        new(run.KeyId, run.Source, run.IssuerId, run.Source, KeySource.FromFile(() => ReadFile(run.PrivateKeyFile, run.Source, showPath: true), run.Source), null, null, run.Source);

    private Candidate FromAscVariables()
    {
        KeySource? key = null;
        if (Variable(Env.PrivateKey) is { } text)
        {
            if (KeyMaterial.Detect(text) == KeyMaterialKind.Base64OfPem)
            {
                throw new AscCredentialsException($"{Env.PrivateKey} holds a base64-encoded .p8 file, but it takes the PEM text itself. Move the value to {Env.PrivateKeyBase64} (and unset {Env.PrivateKey}).");
            }

            key = KeySource.FromText(UnescapeNewlines(text), Env.PrivateKey);
        }
        else if ((Variable(Env.PrivateKeyBase64) ?? Variable(Env.PrivateKeyB64)) is { } base64)
        {
            var name = Variable(Env.PrivateKeyBase64) is null ? Env.PrivateKeyB64 : Env.PrivateKeyBase64;
            if (KeyMaterial.Detect(base64) == KeyMaterialKind.PemText)
            {
                throw new AscCredentialsException($"{name} holds PEM text, not base64. Move the value to {Env.PrivateKey} (and unset {name}), or encode the .p8 file with `base64 -w0 AuthKey_ABC123.p8`.");
            }

            key = KeySource.FromFile(() => DecodeBase64(base64, name), name);
        }
        else if (Variable(Env.PrivateKeyPath) is { } path)
        {
            key = KeySource.FromFile(() => ReadFile(path, Env.PrivateKeyPath, showPath: false), Env.PrivateKeyPath);
        }

        return new Candidate(
            Variable(Env.KeyId),
            Env.KeyId,
            Variable(Env.IssuerId),
            Env.IssuerId,
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
            var isBase64 = IsTrue(Variable(Env.FastlaneIsKeyContentBase64));
            EnsureBase64FlagMatches(content, isBase64, Env.FastlaneKey, $"{Env.FastlaneIsKeyContentBase64}=true");
            key = isBase64
                ? KeySource.FromFile(() => DecodeBase64(content, Env.FastlaneKey), Env.FastlaneKey)
                : KeySource.FromText(UnescapeNewlines(content), Env.FastlaneKey);
        }
        else if (Variable(Env.FastlaneKeyFilePath) is { } path)
        {
            key = KeySource.FromFile(() => ReadFile(path, Env.FastlaneKeyFilePath, showPath: false), Env.FastlaneKeyFilePath);
        }

        return new Candidate(
            Variable(Env.FastlaneKeyId),
            Env.FastlaneKeyId,
            Variable(Env.FastlaneIssuerId),
            Env.FastlaneIssuerId,
            key,
            Variable(Env.FastlaneInHouse) is { } inHouse ? IsTrue(inHouse) : null,
            ParseDuration(Variable(Env.FastlaneDuration), Env.FastlaneDuration),
            $"{Env.FastlaneKeyFilePath} or {Env.FastlaneKey}");
    }

    private Candidate FromFastlaneJson() =>
        Variable(Env.FastlaneApiKeyPath) is { } path ? ReadApiKeyJson(path, Env.FastlaneApiKeyPath, showPath: false) : Candidate.Empty;

    private Candidate ReadApiKeyJson(FilePath path, string source, bool showPath)
    {
        var bytes = ReadFile(path, source, showPath);
        var where = showPath ? $"{source} ({path.FullPath})" : $"the file named by {source}";
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
        var issuerId = JsonString(root, "issuer_id", where);
        var keyText = JsonString(root, "key", where);
        EnsureNoKey(keyId, $"\"key_id\" in {where}", $"\"key\" in that file", "the key's id, such as 2X9R4HXF34");
        EnsureNoKey(issuerId, $"\"issuer_id\" in {where}", $"\"key\" in that file", "the issuer id (a UUID)");
        if (keyId is null || keyText is null)
        {
            throw new AscCredentialsException($"{where} lacks {(keyId is null ? "\"key_id\"" : "\"key\"")}; fastlane's API key JSON needs \"key_id\" and \"key\" (and \"issuer_id\" for team keys).");
        }

        var keySource = $"\"key\" in {where}";
        var isBase64 = JsonBool(root, "is_key_content_base64");
        EnsureBase64FlagMatches(keyText, isBase64, keySource, "\"is_key_content_base64\": true");
        var key = isBase64
            ? KeySource.FromFile(() => DecodeBase64(keyText, keySource), keySource)
            : KeySource.FromText(UnescapeNewlines(keyText), keySource);
        var duration = root.TryGetProperty("duration", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var seconds)
            ? ParseDuration(seconds.ToString(CultureInfo.InvariantCulture), $"\"duration\" in {where}")
            : null;
        return new Candidate(keyId, $"\"key_id\" in {where}", issuerId, $"\"issuer_id\" in {where}", key, JsonBool(root, "in_house"), duration, where);
    }

    private byte[] ReadFile(FilePath path, string source, bool showPath)
    {
        var absolute = path.MakeAbsolute(_environment);
        var file = _fileSystem.GetFile(absolute);
        if (!file.Exists)
        {
            // A path from a variable is not shown: the variable may hold something else entirely (a key pasted into
            // the wrong one), and CI masking would miss it once FilePath has turned its \n into /n.
            var what = showPath
                ? $"{source} points at {absolute.FullPath}, which does not exist"
                : $"{source} names a file that does not exist ({(_fileSystem.GetDirectory(absolute.GetDirectory()).Exists ? "its folder exists" : "its folder does not exist either")}; the value is not shown, as for every credential variable)";
            throw new AscCredentialsException($"{what}. Check the path (relative paths start from {_environment.WorkingDirectory.FullPath}), or that the pipeline's secure file was downloaded first.");
        }

        using var stream = file.OpenRead();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        if (memory.Length == 0)
        {
            var what = showPath ? $"{source} points at {absolute.FullPath}, which is empty" : $"{source} names an empty file";
            throw new AscCredentialsException($"{what}; expected the .p8 file downloaded from App Store Connect.");
        }

        return memory.ToArray();
    }

    /// <summary>
    /// Refuses a private key found in any credential variable that is not meant to hold one, naming the variable
    /// it belongs in. Every variable is checked, used or not, because an error about it may otherwise echo it.
    /// </summary>
    private void EnsureNoKeyInTheWrongVariable()
    {
        foreach (var (name, expected) in ValuesThatAreNeverKeys)
        {
            var value = _environment.GetEnvironmentVariable(name);
            var fastlane = name.StartsWith("APP_STORE_CONNECT_API_KEY_", StringComparison.Ordinal);
            var kind = KeyMaterial.Detect(value);
            if (kind == KeyMaterialKind.None)
            {
                continue;
            }

            var home = (fastlane, kind) switch
            {
                (true, KeyMaterialKind.PemText) => $"{Env.FastlaneKey}",
                (true, _) => $"{Env.FastlaneKey} with {Env.FastlaneIsKeyContentBase64}=true",
                (false, KeyMaterialKind.PemText) => $"{Env.PrivateKey} (or save it as the .p8 file and set {Env.PrivateKeyPath} to that file's path)",
                (false, _) => Env.PrivateKeyBase64,
            };
            throw Misplaced(name, kind, home, expected);
        }
    }

    private static void EnsureNoKey(string? value, string source, string home, string expected)
    {
        var kind = KeyMaterial.Detect(value);
        if (kind != KeyMaterialKind.None)
        {
            throw Misplaced(source, kind, home, expected);
        }
    }

    private static AscCredentialsException Misplaced(string source, KeyMaterialKind kind, string home, string expected) =>
        new($"{source} holds {KeyMaterial.Describe(kind)}, which belongs in {home}. Move it there and set {source} to {expected}. " +
            "The value is not shown; if your pipeline ever printed it, treat the key as exposed and revoke it in App Store Connect (Users and Access > Integrations).");

    private static void EnsureBase64FlagMatches(string content, bool declaredBase64, string source, string flag)
    {
        var kind = KeyMaterial.Detect(content);
        if (declaredBase64 && kind == KeyMaterialKind.PemText)
        {
            throw new AscCredentialsException($"{source} holds PEM text but is declared base64 ({flag}): remove that flag, or encode the .p8 file with `base64 -w0 AuthKey_ABC123.p8`.");
        }

        if (!declaredBase64 && kind == KeyMaterialKind.Base64OfPem)
        {
            throw new AscCredentialsException($"{source} holds a base64-encoded .p8 file: also set {flag} so that it is decoded.");
        }
    }

    private static void EnsureShape(string? value, string? source, Func<string, string?> describeProblem)
    {
        if (value is not null && describeProblem(value) is { } problem)
        {
            throw new AscCredentialsException($"{source} {problem} Its value is not shown, as for every credential.");
        }
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

        if (!int.TryParse(seconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new AscCredentialsException($"{source} is not a whole number of seconds; a token lifetime must be from 180 to 1200 seconds (Apple refuses more than 20 minutes).");
        }

        if (value < 180 || value > 1200)
        {
            throw new AscCredentialsException($"{source} is {value}; a token lifetime must be a number of seconds from 180 to 1200 (Apple refuses more than 20 minutes).");
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
    private sealed record Candidate(string? KeyId, string? KeyIdSource, string? IssuerId, string? IssuerIdSource, KeySource? Key, bool? InHouse, TimeSpan? Lifetime, string MissingKeyHint)
    {
        public static readonly Candidate Empty = new(null, null, null, null, null, null, null, string.Empty);

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
