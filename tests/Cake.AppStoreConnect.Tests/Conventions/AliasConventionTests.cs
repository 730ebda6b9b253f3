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
    public void Every_Alias_Should_Have_A_Settings_And_A_Configurator_Overload(string name)
    {
        var overloads = Aliases().Where(m => m.Name == name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(overloads.Any(m => m.GetParameters().Any(p => typeof(AscSettings).IsAssignableFrom(p.ParameterType))), Is.True, "a settings overload");
            Assert.That(overloads.Any(m => m.GetParameters().Any(p => p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(Action<>) && typeof(AscSettings).IsAssignableFrom(p.ParameterType.GetGenericArguments()[0]))), Is.True, "an Action<settings> overload");
        });
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
    // class of it (TSettings : AscBetaBuildSettings) other than the shared AscSettings.
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

        var constraint = first.GetGenericParameterConstraints().FirstOrDefault();
        return constraint is not null && constraint != sharedBase && constraint.IsAssignableFrom(settingsType);
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
