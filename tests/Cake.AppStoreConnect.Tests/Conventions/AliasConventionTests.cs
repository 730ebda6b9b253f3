using System.Reflection;
using System.Xml.Linq;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.AppStoreConnect.Tests.Conventions;

/// <summary>The conventions every alias and settings type follows, checked by reflection.</summary>
public sealed class AliasConventionTests
{
    private static readonly Assembly AddIn = typeof(AppStoreConnectAliases).Assembly;

    private static IEnumerable<MethodInfo> Aliases() =>
        typeof(AppStoreConnectAliases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(ICakeContext));

    private static IEnumerable<TestCaseData> AliasCases() =>
        Aliases().Select(m => new TestCaseData(m).SetArgDisplayNames($"{m.Name}({string.Join(", ", m.GetParameters().Skip(1).Select(p => p.ParameterType.Name))})"));

    private static IEnumerable<TestCaseData> AliasNames() =>
        Aliases().Select(m => m.Name).Distinct().Select(n => new TestCaseData(n).SetArgDisplayNames(n));

    private static IEnumerable<TestCaseData> SettingsTypes() =>
        AddIn.GetExportedTypes().Where(t => typeof(AscSettings).IsAssignableFrom(t) && !t.IsAbstract && t != typeof(AscSettings))
            .Select(t => new TestCaseData(t).SetArgDisplayNames(t.Name));

    [Test]
    public void Should_Have_Aliases_To_Check()
    {
        Assert.That(Aliases().Count(), Is.GreaterThan(3));
    }

    [TestCaseSource(nameof(AliasCases))]
    public void Every_Alias_Should_Be_An_Extension_With_Cakes_Attributes(MethodInfo alias)
    {
        Assert.Multiple(() =>
        {
            Assert.That(alias.Name, Does.StartWith("Asc"), "aliases share the Asc prefix so scripts can find them");
            Assert.That(alias.GetCustomAttribute<CakeMethodAliasAttribute>(), Is.Not.Null, "[CakeMethodAlias]");
            Assert.That(alias.GetCustomAttribute<CakeAliasCategoryAttribute>(), Is.Not.Null, "[CakeAliasCategory]");
            Assert.That(alias.GetCustomAttributes<CakeNamespaceImportAttribute>(), Is.Not.Empty, "[CakeNamespaceImport] so scripts need no using");
            Assert.That(alias.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)), Is.True, "extends ICakeContext");
        });
    }

    [TestCaseSource(nameof(AliasCases))]
    public void Every_Alias_Should_Have_Docs_With_An_Example(MethodInfo alias)
    {
        var member = Documentation().Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == DocumentationId(alias));

        Assert.That(member, Is.Not.Null, $"no XML docs for {DocumentationId(alias)}");
        Assert.That(member!.Element("summary")?.Value.Trim(), Is.Not.Empty);
        Assert.That(member.Element("example")?.Element("code")?.Value.Trim(), Is.Not.Empty, "every alias shows how a script calls it");
        Assert.That(member.Elements("exception").Select(e => (string?)e.Attribute("cref")), Is.Not.Empty, "every alias documents what it throws (<exception cref>)");
    }

    [TestCaseSource(nameof(AliasNames))]
    public void Every_Alias_Should_Take_Its_Required_Inputs_In_Every_Overload(string name)
    {
        Assert.That(AliasOverloadRule.Problems(Aliases().Where(m => m.Name == name)), Is.Empty);
    }

    [Test]
    public void The_Overload_Rule_Should_Refuse_Settings_Overloads_That_Drop_The_Required_Inputs()
    {
        // The shapes AscRemoveTesters, AscWaitForBuildProcessing and six more verbs had before issue 11.
        var old = typeof(OldShapeAliases).GetMethods(BindingFlags.Public | BindingFlags.Static);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                AliasOverloadRule.Problems(old.Where(m => m.Name == "AscRemoveTesters")),
                Has.Some.StartsWith("AscRemoveTesters(ICakeContext, String, AscRemoveTestersSettings) drops the required inputs (IEnumerable<String> emails)"));
            Assert.That(
                AliasOverloadRule.Problems(old.Where(m => m.Name == "AscWaitForBuildProcessing")),
                Has.Some.EqualTo("AscWaitForBuildProcessing(ICakeContext, String) has no (ICakeContext, String, settings) overload."));
        }
    }

    [Test]
    public void The_Overload_Rule_Should_Hold_Each_Way_Of_Naming_The_Subject_To_All_Three_Shapes()
    {
        var problems = AliasOverloadRule.Problems(typeof(TwoWayAliases).GetMethods(BindingFlags.Public | BindingFlags.Static));

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "AscGetDiagnostics(ICakeContext, String, String, AscDiagnosticsSettings) drops the required inputs (String buildId) of AscGetDiagnostics(ICakeContext, String); take them first, or keep the old shape only as an [Obsolete] forward.",
            "AscGetDiagnostics(ICakeContext, String, String, AscDiagnosticsSettings) has no Action<settings> overload with the same leading parameters.",
            "AscGetDiagnostics(ICakeContext, String, String, String, AscDiagnosticsSettings) has no Action<settings> overload with the same leading parameters.",
            "AscGetDiagnostics(ICakeContext, String, String, String) has no (ICakeContext, String, String, String, Action<settings>) overload.",
        }));
    }

    [Test]
    public void ForBuild_Should_Name_A_Build_By_App_Version_And_Build_Number_And_ForBuildId_By_Apples_Id()
    {
        // One word per concept: the ForBuild(buildId) of an id that two settings had stays only as an [Obsolete] forward.
        var helpers = AddIn.GetExportedTypes().Where(t => t.Name.EndsWith("SettingsExtensions", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => !m.IsDefined(typeof(ObsoleteAttribute)))
            .ToList();

        string Parameters(MethodInfo m) => string.Join(", ", m.GetParameters().Skip(1).Select(p => p.Name));

        Assert.Multiple(() =>
        {
            Assert.That(helpers.Where(m => m.Name == "ForBuild").Select(Parameters), Has.All.EqualTo("app, versionString, buildNumber"));
            Assert.That(helpers.Where(m => m.Name == "ForBuildId").Select(Parameters), Has.All.EqualTo("buildId"));
            Assert.That(helpers.Where(m => m.Name == "ForBuildId").Select(m => m.GetParameters()[0].ParameterType.Name), Is.EquivalentTo(new[] { "TSettings", "AscWaitForBuildSettings", "AscPerformanceMetricsSettings" }));
        });
    }

    [Test]
    public void The_Overload_Rule_Should_Refuse_A_Verb_Without_A_Simple_Overload_Or_With_A_Non_Nullable_Settings_Parameter()
    {
        var problems = AliasOverloadRule.Problems(typeof(NoSimpleOverloadAliases).GetMethods(BindingFlags.Public | BindingFlags.Static));

        Assert.That(problems, Has.Some.StartsWith("AscDistributeBuild has no overload without settings").And.Some.Contains("settings must be nullable"));
    }

    [TestCaseSource(nameof(SettingsOverloads))]
    public void Every_Settings_Parameter_Should_Be_Nullable_Meaning_The_Defaults(MethodInfo alias)
    {
        Assert.That(AliasOverloadRule.NullableSettings(alias), Is.True, "null settings mean the defaults with credentials from the environment (ARCHITECTURE.md)");
    }

    private static IEnumerable<TestCaseData> SettingsOverloads() =>
        Aliases().Where(m => AliasOverloadRule.SettingsType(m) is not null && !m.GetParameters()[^1].ParameterType.IsGenericType && !m.IsDefined(typeof(ObsoleteAttribute)))
            .Select(m => new TestCaseData(m).SetArgDisplayNames($"{m.Name}({string.Join(", ", m.GetParameters().Skip(1).Select(p => p.ParameterType.Name))})"));

    [Test]
    public void Retired_Names_Should_Only_Be_Obsolete_Forwards()
    {
        // One word per concept (issue 11): VersionString, Timeout, ForVersion, SetInternal, SetMaxConcurrency, ForPlatform.
        string[] retired = ["ShortVersion", "ProcessingTimeout", "WithVersion", "AsInternal", "SetConcurrency", "WithPlatform"];
        var settingsProperties = AddIn.GetExportedTypes().Where(t => typeof(AscSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Cast<MemberInfo>();
        var helpers = AddIn.GetExportedTypes().Where(t => t.Name.EndsWith("SettingsExtensions", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static));

        var live = settingsProperties.Concat(helpers)
            .Where(m => retired.Contains(m.Name) && !m.IsDefined(typeof(ObsoleteAttribute)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.That(live, Is.Empty, "a retired name may stay only as an [Obsolete] forward to the one kept");
    }

    [TestCaseSource(nameof(SettingsTypes))]
    public void Every_Settings_Type_Should_Have_Fluent_Extensions(Type settingsType)
    {
        var extensions = AddIn.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("SettingsExtensions", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => ExtendsAndReturns(m, settingsType, typeof(AscSettings)));

        Assert.That(extensions, Is.Not.Empty, $"{settingsType.Name} needs fluent With…/Set…/Use… helpers of its own (or of its own base, not only AscSettings') returning the same instance");
    }

    // A helper counts when it takes and returns the settings type itself, or is generic over a base
    // class or shape of it (TSettings : AscBetaBuildSettings, TSettings : IAscWaitSettings) other than
    // the shared AscSettings, whose constraints the type meets.
    private static bool ExtendsAndReturns(MethodInfo method, Type settingsType, Type sharedBase)
    {
        var first = method.GetParameters().FirstOrDefault()?.ParameterType;
        if (first is null || method.ReturnType != first)
        {
            return false;
        }

        if (!first.IsGenericParameter)
        {
            return first == settingsType;
        }

        var constraints = first.GetGenericParameterConstraints();
        return constraints.Any(c => c != sharedBase) && constraints.All(c => c.IsAssignableFrom(settingsType));
    }

    private static XDocument Documentation()
    {
        var path = Path.ChangeExtension(AddIn.Location, ".xml");
        Assert.That(File.Exists(path), Is.True, $"XML docs expected beside the add-in at {path}");
        return XDocument.Load(path);
    }

    private static string DocumentationId(MethodInfo method)
    {
        static string TypeName(Type type) => type.IsGenericType
            ? $"{type.Namespace}.{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}{{{string.Join(",", type.GetGenericArguments().Select(TypeName))}}}"
            : type.FullName!.Replace('+', '.');

        var parameters = method.GetParameters().Select(p => TypeName(p.ParameterType));
        return $"M:{method.DeclaringType!.FullName}.{method.Name}({string.Join(",", parameters)})";
    }
}
