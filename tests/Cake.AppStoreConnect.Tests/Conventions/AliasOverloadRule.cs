using System.Reflection;
using Cake.AppStoreConnect.Analytics;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.TestFlight;
using Cake.Core;

namespace Cake.AppStoreConnect.Tests.Conventions;

/// <summary>
/// ARCHITECTURE.md's overload rule: a verb has <c>(ctx, required…)</c>, <c>(ctx, required…, settings)</c> and
/// <c>(ctx, required…, Action&lt;settings&gt;)</c>, so the required inputs are never hidden in the settings.
/// A verb that takes its subject in two ways (a build by Apple's id, or by app, version and build number) has the
/// three shapes for each way. <c>[Obsolete]</c> forwards are not held to it: they are how an old shape keeps working.
/// </summary>
internal static class AliasOverloadRule
{
    /// <summary>
    /// The verbs with a further settings-only shape, because their selector may also be given in the
    /// settings in a way a parameter cannot say. Each alias says why in its XML docs.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SelectorInSettings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AscAddTesters"] = "testers may come from a list or builder instead of a CSV file",
        ["AscWaitForBuildProcessing"] = "the build may be named by app, version and build number",
        ["AscSubmitForBetaReview"] = "the build may be named by app, version and build number, or be the latest",
        ["AscDistributeBuild"] = "the build may be named by app, version and build number, or be the latest",
        ["AscDownloadSalesReport"] = "the period is optional: Apple's latest daily summary by default",
        ["AscExpireBuilds"] = "builds may be chosen by an app and a filter instead of by id",
        ["AscGetSigningFiles"] = "the profile type may be Apple's ProfileType text or the typed AscProfileType",
        ["AscRegisterDevices"] = "devices may come from a fastlane devices file or a list in code",
        ["AscSyncMetadata"] = "the listing may be set in code instead of read from a folder",
    };

    private static readonly NullabilityInfoContext Nullability = new();

    public static List<string> Problems(IEnumerable<MethodInfo> overloads)
    {
        var current = overloads.Where(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(ICakeContext) && !m.IsDefined(typeof(ObsoleteAttribute))).ToList();
        var problems = new List<string>();
        if (current.Count == 0)
        {
            return problems;
        }

        var name = current[0].Name;
        var simple = current.Where(m => SettingsType(m) is null).ToList();
        var simplest = simple.MinBy(m => m.GetParameters().Length);
        if (simplest is null)
        {
            problems.Add($"{name} has no overload without settings: add ({name}(ctx, required…)).");
        }

        var required = simplest is null ? [] : Leading(simplest, all: true);
        var ways = simple.Select(m => Leading(m, all: true)).ToList();
        foreach (var overload in current.Where(m => SettingsType(m) is not null))
        {
            var leading = Leading(overload, all: false);
            if (simplest is not null && !ways.Any(leading.SequenceEqual) && !SelectorInSettings.ContainsKey(name))
            {
                var missing = required.Where(p => !leading.Contains(p)).Select(p => $"{TypeName(p.Type)} {p.Name}");
                problems.Add($"{Signature(overload)} drops the required inputs ({string.Join(", ", missing)}) of {Signature(simplest)}; take them first, or keep the old shape only as an [Obsolete] forward.");
            }

            var settings = SettingsType(overload)!;
            var isAction = overload.GetParameters()[^1].ParameterType.IsGenericType;
            var pair = current.FirstOrDefault(m => m != overload && SettingsType(m) == settings && m.GetParameters()[^1].ParameterType.IsGenericType != isAction && Leading(m, all: false).SequenceEqual(leading));
            if (pair is null)
            {
                problems.Add($"{Signature(overload)} has no {(isAction ? "settings" : "Action<settings>")} overload with the same leading parameters.");
            }

            if (!isAction && !NullableSettings(overload))
            {
                problems.Add($"{Signature(overload)}: settings must be nullable (null means the defaults).");
            }
        }

        foreach (var way in simple)
        {
            var inputs = Leading(way, all: true);
            foreach (var shape in new[] { "settings", "Action<settings>" })
            {
                var found = current.Any(m => SettingsType(m) is not null && (shape == "settings") != m.GetParameters()[^1].ParameterType.IsGenericType && Leading(m, all: false).SequenceEqual(inputs));
                if (!found)
                {
                    problems.Add($"{Signature(way)} has no ({string.Join(", ", inputs.Select(p => TypeName(p.Type)).Prepend("ICakeContext").Append(shape))}) overload.");
                }
            }
        }

        return problems;
    }

    /// <summary>The settings type of an overload whose last parameter is settings or <c>Action&lt;settings&gt;</c>.</summary>
    public static Type? SettingsType(MethodInfo method)
    {
        var last = method.GetParameters()[^1].ParameterType;
        if (IsSettings(last))
        {
            return last;
        }

        return last.IsGenericType && last.GetGenericTypeDefinition() == typeof(Action<>) && IsSettings(last.GetGenericArguments()[0])
            ? last.GetGenericArguments()[0]
            : null;
    }

    // The emulator's settings say how to start a local process, not how to reach App Store Connect.
    private static bool IsSettings(Type type) =>
        typeof(AscSettings).IsAssignableFrom(type) || type == typeof(Cake.AppStoreConnect.Rehearsal.AscEmulatorSettings);

    public static bool NullableSettings(MethodInfo method) =>
        Nullability.Create(method.GetParameters()[^1]).WriteState == NullabilityState.Nullable;

    private static List<(Type Type, string? Name)> Leading(MethodInfo method, bool all)
    {
        var parameters = method.GetParameters().Skip(1);
        return (all ? parameters : parameters.SkipLast(1)).Select(p => (p.ParameterType, p.Name)).ToList();
    }

    private static string Signature(MethodInfo method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})";

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;
}

/// <summary>The old shapes of two verbs, which the overload rule must refuse.</summary>
internal static class OldShapeAliases
{
    public static AscRemoveTestersSettings? AscRemoveTesters(this ICakeContext context, string app, IEnumerable<string> emails) => null;

    public static AscRemoveTestersSettings? AscRemoveTesters(this ICakeContext context, string app, AscRemoveTestersSettings? settings) => settings;

    public static AscRemoveTestersSettings? AscRemoveTesters(this ICakeContext context, string app, Action<AscRemoveTestersSettings> configure) => null;

    public static AscWaitForBuildSettings? AscWaitForBuildProcessing(this ICakeContext context, string buildId) => null;

    public static AscWaitForBuildSettings? AscWaitForBuildProcessing(this ICakeContext context, AscWaitForBuildSettings? settings) => settings;

    public static AscWaitForBuildSettings? AscWaitForBuildProcessing(this ICakeContext context, Action<AscWaitForBuildSettings> configure) => null;
}

/// <summary>A verb with settings overloads only, one of them not nullable: both refused.</summary>
internal static class NoSimpleOverloadAliases
{
    public static AscDistributeBuildSettings AscDistributeBuild(this ICakeContext context, AscDistributeBuildSettings settings) => settings;

    public static AscDistributeBuildSettings? AscDistributeBuild(this ICakeContext context, Action<AscDistributeBuildSettings> configure) => null;
}

/// <summary>A verb taking its build in two ways: the second lacks its callback shape, and one settings shape drops the build number.</summary>
internal static class TwoWayAliases
{
    public static AscDiagnosticsSettings? AscGetDiagnostics(this ICakeContext context, string buildId) => null;

    public static AscDiagnosticsSettings? AscGetDiagnostics(this ICakeContext context, string buildId, AscDiagnosticsSettings? settings) => settings;

    public static AscDiagnosticsSettings? AscGetDiagnostics(this ICakeContext context, string buildId, Action<AscDiagnosticsSettings> configure) => null;

    public static AscDiagnosticsSettings? AscGetDiagnostics(this ICakeContext context, string app, string versionString, string buildNumber) => null;

    public static AscDiagnosticsSettings? AscGetDiagnostics(this ICakeContext context, string app, string versionString, string buildNumber, AscDiagnosticsSettings? settings) => settings;

    public static AscDiagnosticsSettings? AscGetDiagnostics(this ICakeContext context, string app, string versionString, AscDiagnosticsSettings? settings) => settings;
}
