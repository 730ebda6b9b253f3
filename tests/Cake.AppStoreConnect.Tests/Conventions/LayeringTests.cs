using System.Reflection;
using System.Reflection.Emit;

namespace Cake.AppStoreConnect.Tests.Conventions;

/// <summary>
/// The add-in's layers, as docs/ARCHITECTURE.md states them, kept by reflection: every type's signatures and
/// method bodies are read, and a reference from one namespace to another must point down a layer, or be one of
/// the few sideways edges the table allows. A new upward or sideways edge fails here with its source.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "Cake.AppStoreConnect";

    /// <summary>What each area may use besides itself; the Client is the bottom and uses nothing above it.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Client"] = [],
        ["Core"] = ["Client"],
        ["Credentials"] = ["Core", "Client"],
        ["Builds"] = ["Core", "Client"],
        ["TestFlight"] = ["Builds", "Core", "Client"],
        ["AppStore"] = ["Builds", "Core", "Client"],
        ["Reviews"] = ["Core", "Client"],
        ["Reports"] = ["Core", "Client"],
        ["Signing"] = ["Core", "Client"],
        ["Analytics"] = ["Builds", "Core", "Client"],
        ["Listing"] = ["Core", "Client"],
        ["Rehearsal"] = ["Credentials", "Core", "Client"],
        ["RunSummaries"] = ["Core"],
        ["Users"] = ["Core", "Client"],
        ["(aliases)"] = ["Credentials", "Builds", "TestFlight", "AppStore", "Reviews", "Reports", "Signing", "Analytics", "Listing", "Rehearsal", "RunSummaries", "Users", "Core", "Client"],
    };

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Test]
    public void Should_Know_Every_Area_Of_The_AddIn()
    {
        var areas = typeof(AppStoreConnectAliases).Assembly.GetTypes().Select(t => AreaOf(t)).OfType<string>().Distinct().ToList();

        Assert.That(areas, Is.SubsetOf(Allowed.Keys), "a new namespace needs its place in the layer table here and in docs/ARCHITECTURE.md");
    }

    [Test]
    public void Should_Only_Depend_Downward()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(AppStoreConnectAliases).Assembly.GetTypes())
        {
            var from = AreaOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var (used, where) in References(type))
            {
                var to = AreaOf(used);
                if (to is not null && to != from && !Allowed[from].Contains(to))
                {
                    violations.Add($"{from} -> {to}: {Outer(type).FullName}.{where} uses {used.FullName}");
                }
            }
        }

        Assert.That(violations, Is.Empty, "allowed: " + string.Join("; ", Allowed.Select(a => $"{a.Key} -> {string.Join(", ", a.Value)}")));
    }

    [Test]
    public void Should_See_An_Edge_Written_Only_In_A_Method_Body()
    {
        // The alias runner's signatures name Core and the client only; its body calls the Credentials factory.
        var runner = typeof(AppStoreConnectAliases).Assembly.GetType("Cake.AppStoreConnect.AscAliasRunner")!;
        var fromSignatures = References(runner).Where(r => r.Where == "(base)").Select(r => AreaOf(r.Used));
        var all = References(runner).Select(r => r.Used).ToList();

        Assert.That(all, Does.Contain(typeof(Cake.AppStoreConnect.Credentials.AscClientFactory)));
        Assert.That(fromSignatures, Does.Not.Contain("Credentials"));
    }

    private static string? AreaOf(Type type)
    {
        var ns = Outer(type).Namespace;
        if (ns is null || !(ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal)) || type.Assembly != typeof(AppStoreConnectAliases).Assembly)
        {
            return null;
        }

        // The Apps aliases live in the alias layer; Builds.Archives belongs to Builds.
        return ns == Root ? "(aliases)" : ns[(Root.Length + 1)..].Split('.')[0];
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<(Type Used, string Where)> References(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var t in Expand(type.BaseType).Concat(type.GetInterfaces().SelectMany(Expand)))
        {
            yield return (t, "(base)");
        }

        foreach (var field in type.GetFields(All))
        {
            foreach (var t in Expand(field.FieldType))
            {
                yield return (t, field.Name);
            }
        }

        foreach (var property in type.GetProperties(All))
        {
            foreach (var t in Expand(property.PropertyType))
            {
                yield return (t, property.Name);
            }
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            var signature = method.GetParameters().Select(p => p.ParameterType).Append((method as MethodInfo)?.ReturnType);
            foreach (var t in signature.SelectMany(Expand))
            {
                yield return (t, method.Name);
            }

            foreach (var t in BodyReferences(method).SelectMany(Expand))
            {
                yield return (t, method.Name);
            }
        }
    }

    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    /// <summary>The types a method body names: calls, field accesses, new objects, casts, typeof.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            OpCode op;
            if (il[i] == 0xFE)
            {
                op = OpCodesByValue[unchecked((short)(0xFE00 | il[i + 1]))];
                i += 2;
            }
            else
            {
                op = OpCodesByValue[il[i]];
                i += 1;
            }

            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                    }

                    if (member is Type used)
                    {
                        yield return used;
                    }
                    else if (member?.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                        if (member is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var argument in generic.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
