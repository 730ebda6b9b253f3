using System.Text;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Credentials;

/// <summary>
/// A private key pasted into the wrong variable must be refused by name and never echoed: not in the error,
/// not in any log line at Diagnostic verbosity, not in a form CI secret masking would miss (FilePath turns the
/// literal \n of an escaped PEM into /n). Every credential variable, with every kind of key material.
/// </summary>
public sealed class MisplacedKeyTests
{
    private static readonly string[] VariablesThatNeverHoldAKey =
    [
        AscEnvironmentVariables.KeyId,
        AscEnvironmentVariables.IssuerId,
        AscEnvironmentVariables.PrivateKeyPath,
        AscEnvironmentVariables.ApiUrl,
        AscEnvironmentVariables.VendorNumber,
        AscEnvironmentVariables.FastlaneKeyId,
        AscEnvironmentVariables.FastlaneIssuerId,
        AscEnvironmentVariables.FastlaneKeyFilePath,
        AscEnvironmentVariables.FastlaneIsKeyContentBase64,
        AscEnvironmentVariables.FastlaneDuration,
        AscEnvironmentVariables.FastlaneInHouse,
        AscEnvironmentVariables.FastlaneApiKeyPath,
    ];

    private static readonly string[] Materials = ["pem", "pem-escaped", "pem-crlf", "base64-of-pem", "base64-of-der", "pem-body"];

    public static IEnumerable<TestCaseData> EveryVariableWithEveryMaterial() =>
        from variable in VariablesThatNeverHoldAKey
        from material in Materials
        select new TestCaseData(variable, material).SetName($"Should_Refuse_And_Not_Echo_A_Key_In_{variable}_As_{material}");

    [TestCaseSource(nameof(EveryVariableWithEveryMaterial))]
    public void Should_Refuse_A_Key_In_The_Wrong_Variable_Without_Echoing_It(string variable, string material)
    {
        // Given a valid key in its right place, and a second key pasted into the wrong variable
        using var directory = new TemporaryDirectory();
        var (rightPem, _) = TestKeys.NewP256();
        var (misplaced, fragments) = Material(material);
        var variables = new Dictionary<string, string>
        {
            [AscEnvironmentVariables.KeyId] = TestKeys.KeyId,
            [AscEnvironmentVariables.IssuerId] = TestKeys.IssuerId,
            [AscEnvironmentVariables.PrivateKey] = rightPem,
            [variable] = misplaced,
        };
        var (context, _, log) = TestCakeContext.Create(variables, directory.Path);

        // When any alias resolves its credentials
        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        // Then it names the variable and where the key belongs, and no fragment of the key appears anywhere
        var expectedHome = variable.StartsWith("APP_STORE_CONNECT_API_KEY_", StringComparison.Ordinal)
            ? AscEnvironmentVariables.FastlaneKey
            : material.StartsWith("pem", StringComparison.Ordinal) && material != "pem-body" ? AscEnvironmentVariables.PrivateKey : AscEnvironmentVariables.PrivateKeyBase64;
        Assert.That(error!.Message, Does.StartWith(variable).And.Contain("belongs in " + expectedHome));
        AssertNoFragment(error.ToString() + log.AllText, fragments);
    }

    [TestCase("pem")]
    [TestCase("base64-of-der")]
    public void Should_Refuse_A_Key_In_The_Key_Id_Set_On_The_Settings(string material)
    {
        using var directory = new TemporaryDirectory();
        var (rightPem, _) = TestKeys.NewP256();
        var (misplaced, fragments) = Material(material);
        var (context, _, log) = TestCakeContext.Create(new Dictionary<string, string> { [AscEnvironmentVariables.PrivateKey] = rightPem }, directory.Path);

        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials(new AscVerifyCredentialsSettings().WithKeyId(misplaced)));

        Assert.That(error!.Message, Does.StartWith("KeyId on the settings"));
        AssertNoFragment(error.ToString() + log.AllText, fragments);
    }

    [TestCase("key_id")]
    [TestCase("issuer_id")]
    public void Should_Refuse_A_Key_In_The_Wrong_Field_Of_Fastlanes_Json(string field)
    {
        using var directory = new TemporaryDirectory();
        var (rightPem, _) = TestKeys.NewP256();
        var (misplaced, fragments) = Material("pem");
        var fields = new Dictionary<string, string> { ["key_id"] = TestKeys.KeyId, ["issuer_id"] = TestKeys.IssuerId, ["key"] = rightPem, [field] = misplaced };
        var path = Path.Combine(directory.Path, "api_key.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(fields));
        var (context, _, log) = TestCakeContext.Create(new Dictionary<string, string> { [AscEnvironmentVariables.FastlaneApiKeyPath] = path }, directory.Path);

        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        Assert.That(error!.Message, Does.StartWith($"\"{field}\"").And.Contain("belongs in \"key\""));
        AssertNoFragment(error.ToString() + log.AllText, fragments);
    }

    [Test]
    public void Should_Say_To_Use_The_Base64_Variable_When_The_Text_Variable_Holds_Base64()
    {
        using var directory = new TemporaryDirectory();
        var (material, fragments) = Material("base64-of-pem");
        var (context, _, log) = TestCakeContext.Create(new Dictionary<string, string> { [AscEnvironmentVariables.KeyId] = TestKeys.KeyId, [AscEnvironmentVariables.PrivateKey] = material }, directory.Path);

        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        Assert.That(error!.Message, Does.StartWith("ASC_PRIVATE_KEY holds a base64-encoded .p8 file").And.Contain("Move the value to ASC_PRIVATE_KEY_BASE64"));
        AssertNoFragment(error.ToString() + log.AllText, fragments);
    }

    [TestCase("ASC_PRIVATE_KEY_BASE64")]
    [TestCase("ASC_PRIVATE_KEY_B64")]
    public void Should_Say_To_Use_The_Text_Variable_When_The_Base64_Variable_Holds_Pem(string variable)
    {
        using var directory = new TemporaryDirectory();
        var (material, fragments) = Material("pem");
        var (context, _, log) = TestCakeContext.Create(new Dictionary<string, string> { [AscEnvironmentVariables.KeyId] = TestKeys.KeyId, [variable] = material }, directory.Path);

        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        Assert.That(error!.Message, Does.StartWith($"{variable} holds PEM text").And.Contain("Move the value to ASC_PRIVATE_KEY"));
        AssertNoFragment(error.ToString() + log.AllText, fragments);
    }

    [TestCase("pem", "true", "holds PEM text but is declared base64")]
    [TestCase("base64-of-pem", "false", "also set APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64=true")]
    public void Should_Say_When_Fastlanes_Base64_Flag_Does_Not_Match_The_Key(string material, string flag, string expected)
    {
        using var directory = new TemporaryDirectory();
        var (value, fragments) = Material(material);
        var variables = new Dictionary<string, string>
        {
            [AscEnvironmentVariables.FastlaneKeyId] = TestKeys.KeyId,
            [AscEnvironmentVariables.FastlaneKey] = value,
            [AscEnvironmentVariables.FastlaneIsKeyContentBase64] = flag,
        };
        var (context, _, log) = TestCakeContext.Create(variables, directory.Path);

        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        Assert.That(error!.Message, Does.Contain(expected));
        AssertNoFragment(error.ToString() + log.AllText, fragments);
    }

    [TestCase(AscEnvironmentVariables.KeyId, "not a key id!")]
    [TestCase(AscEnvironmentVariables.IssuerId, "my-team-name")]
    [TestCase(AscEnvironmentVariables.ApiUrl, "127.0.0.1:5555/secret-looking")]
    [TestCase(AscEnvironmentVariables.PrivateKeyPath, "/nowhere/secret-looking.p8")]
    [TestCase(AscEnvironmentVariables.FastlaneDuration, "secret-looking")]
    public void Should_Name_A_Malformed_Credential_Without_Echoing_Its_Value(string variable, string value)
    {
        using var directory = new TemporaryDirectory();
        var (rightPem, _) = TestKeys.NewP256();
        var variables = new Dictionary<string, string> { [AscEnvironmentVariables.KeyId] = TestKeys.KeyId, [variable] = value };
        if (variable != AscEnvironmentVariables.PrivateKeyPath)
        {
            variables[variable.StartsWith("APP_", StringComparison.Ordinal) ? AscEnvironmentVariables.FastlaneKey : AscEnvironmentVariables.PrivateKey] = rightPem;
            variables[variable.StartsWith("APP_", StringComparison.Ordinal) ? AscEnvironmentVariables.FastlaneKeyId : AscEnvironmentVariables.KeyId] = variable == AscEnvironmentVariables.KeyId ? value : TestKeys.KeyId;
        }

        var (context, _, log) = TestCakeContext.Create(variables, directory.Path);

        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        Assert.That(error!.Message, Does.Contain(variable).And.Not.Contain(value).And.Not.Contain("secret-looking"));
        Assert.That(log.AllText, Does.Not.Contain(value));
    }

    [Test]
    public void Should_Still_Accept_A_Bare_Base64_Key_Body_In_The_Text_Variable()
    {
        // Behaviour kept: the body of the PEM block without its header lines has always been accepted there.
        using var directory = new TemporaryDirectory();
        var (_, ecdsa) = TestKeys.NewP256();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string> { [AscEnvironmentVariables.KeyId] = TestKeys.KeyId, [AscEnvironmentVariables.PrivateKey] = Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()) }, directory.Path);
        var resolver = new AscCredentialResolver(context.Environment, context.FileSystem);

        using var key = resolver.Resolve(new AscSettings()).Key;

        Assert.That(key.Source, Is.EqualTo(AscEnvironmentVariables.PrivateKey));
    }

    [TestCase("2X9R4HXF34")]
    [TestCase("57246542-96fe-1a63-e053-0824d011072a")]
    [TestCase("http://127.0.0.1:5555/")]
    [TestCase("/home/vsts/work/_temp/AuthKey_2X9R4HXF34.p8")]
    [TestCase("C:\\agent\\_work\\_temp\\AuthKey_2X9R4HXF34.p8")]
    [TestCase("80012345")]
    [TestCase("1200")]
    [TestCase("true")]
    public void Should_Not_Take_An_Ordinary_Credential_Value_For_A_Key(string value) =>
        Assert.That(KeyMaterial.Detect(value), Is.EqualTo(KeyMaterialKind.None));

    /// <summary>One freshly made key in the requested form, and the fragments that must never appear.</summary>
    private static (string Value, IReadOnlyList<string> Fragments) Material(string kind)
    {
        var (pem, ecdsa) = TestKeys.NewP256();
        var body = string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));
        var base64OfPem = Convert.ToBase64String(Encoding.UTF8.GetBytes(pem));
        var value = kind switch
        {
            "pem" => pem,
            "pem-escaped" => pem.Replace("\n", "\\n", StringComparison.Ordinal),
            "pem-crlf" => pem.Replace("\n", "\r\n", StringComparison.Ordinal),
            "base64-of-pem" => base64OfPem,
            "base64-of-der" => Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()),
            "pem-body" => string.Join('\n', pem.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        // Every 12-character window of every form the key can take, including FilePath's \ -> / rewrite.
        var forms = new[] { body, base64OfPem, value.Replace('\\', '/'), Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()) };
        var fragments = forms
            .SelectMany(f => f.Split('\n', '\r', ' ').Where(s => s.Length >= 12))
            .SelectMany(s => Enumerable.Range(0, s.Length - 11).Where(i => i % 4 == 0).Select(i => s.Substring(i, 12)))
            .Where(f => !f.Contains("-----", StringComparison.Ordinal) && !f.Contains("PRIVATE", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (value, fragments);
    }

    private static void AssertNoFragment(string text, IReadOnlyList<string> fragments)
    {
        var found = fragments.FirstOrDefault(f => text.Contains(f, StringComparison.Ordinal));
        Assert.That(found, Is.Null, "a fragment of the key appeared in the error or the log");
    }
}
