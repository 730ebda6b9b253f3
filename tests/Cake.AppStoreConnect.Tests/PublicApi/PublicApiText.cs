using System.Reflection;
using System.Runtime.CompilerServices;
using Cake.Core.Annotations;

namespace Cake.AppStoreConnect.Tests.PublicApi;

/// <summary>
/// The public surface of an assembly as sorted text, one member a line, each line starting with its type,
/// so two branches that change different types touch different lines of the approved file.
/// </summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(char)] = "char", [typeof(float)] = "float",
    };

    public static string For(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = TypeName(type);
            lines.Add($"{name} {Attributes(type)}{TypeHeader(type)}");
            lines.AddRange(Members(type).Select(m => $"{name} | {m}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            yield break;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared).Where(Visible))
        {
            var text = member switch
            {
                ConstructorInfo c => $"{Modifiers(c)}ctor({Parameters(c, nullability)})",
                MethodInfo m when !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal) =>
                    $"{Modifiers(m)}{Nullable(m.ReturnType, nullability.Create(m.ReturnParameter))} {m.Name}{Generics(m)}({Parameters(m, nullability)})",
                PropertyInfo p => $"{Modifiers(p.GetMethod ?? p.SetMethod!)}{Nullable(p.PropertyType, nullability.Create(p))} {p.Name}{Indexer(p, nullability)} {{ {Accessors(p)}}}",
                FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Nullable(f.FieldType, nullability.Create(f))} {f.Name}",
                EventInfo e => $"event {TypeName(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (text is not null && !member.Name.Contains('<', StringComparison.Ordinal))
            {
                yield return Attributes(member) + text;
            }
        }
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => new[] { p.GetMethod, p.SetMethod }.Any(a => a is not null && Visible(a)),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        EventInfo e => e.AddMethod is not null && Visible(e.AddMethod),
        _ => false,
    };

    private static string TypeHeader(Type type)
    {
        var kind = type.IsInterface ? "interface"
            : type.IsEnum ? "enum"
            : type.IsValueType ? (type.GetMethod("<Clone>$") is null && type.GetProperty("EqualityContract", Declared) is null ? "struct" : "record struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.GetMethod("<Clone>$") is not null ? "record"
            : "class";
        var modifiers = type.IsInterface || type.IsValueType || typeof(Delegate).IsAssignableFrom(type) ? string.Empty
            : type.IsAbstract && type.IsSealed ? "static "
            : type.IsAbstract ? "abstract "
            : type.IsSealed ? "sealed "
            : string.Empty;
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(TypeName(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(TypeName).Order(StringComparer.Ordinal));
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            return $"delegate {TypeName(invoke.ReturnType)}({string.Join(", ", invoke.GetParameters().Select(p => TypeName(p.ParameterType)))})";
        }

        return $"{modifiers}{kind}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string Attributes(MemberInfo member)
    {
        var parts = new List<string>();
        if (member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete)
        {
            parts.Add($"[Obsolete(\"{obsolete.Message}\")]");
        }

        if (member.IsDefined(typeof(CakeMethodAliasAttribute)))
        {
            parts.Add("[CakeMethodAlias]");
        }

        if (member.IsDefined(typeof(CakePropertyAliasAttribute)))
        {
            parts.Add("[CakePropertyAlias]");
        }

        if (member.GetCustomAttribute<CakeAliasCategoryAttribute>() is { } category)
        {
            parts.Add($"[CakeAliasCategory(\"{category.Name}\")]");
        }

        return parts.Count == 0 ? string.Empty : string.Join(string.Empty, parts) + " ";
    }

    private static string Modifiers(MethodBase method)
    {
        var text = method.IsFamily || method.IsFamilyOrAssembly ? "protected " : string.Empty;
        if (method.IsStatic)
        {
            text += "static ";
        }
        else if (method.IsAbstract && !method.DeclaringType!.IsInterface)
        {
            text += "abstract ";
        }
        else if (method.IsVirtual && !method.IsFinal && !method.DeclaringType!.IsInterface)
        {
            text += method is MethodInfo m && m.GetBaseDefinition() != m ? "override " : "virtual ";
        }

        return text;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsDefined(typeof(ParamArrayAttribute)) || p.IsDefined(typeof(ParamCollectionAttribute)) ? "params " : string.Empty)
            + (p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty)
            + (method.IsDefined(typeof(ExtensionAttribute)) && p.Position == 0 ? "this " : string.Empty)
            + Nullable(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, nullability.Create(p))
            + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue is null && p.ParameterType.IsValueType ? "default" : DefaultValue(p.DefaultValue)) : string.Empty)));

    private static string DefaultValue(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition
            ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name + Constraints(a)))}>"
            : string.Empty;

    private static string Constraints(Type parameter)
    {
        var constraints = parameter.GetGenericParameterConstraints().Select(TypeName).ToList();
        return constraints.Count == 0 ? string.Empty : " : " + string.Join(", ", constraints);
    }

    private static string Indexer(PropertyInfo property, NullabilityInfoContext nullability)
    {
        var index = property.GetIndexParameters();
        return index.Length == 0 ? string.Empty : $"[{string.Join(", ", index.Select(p => Nullable(p.ParameterType, nullability.Create(p)) + " " + p.Name))}]";
    }

    private static string Accessors(PropertyInfo property)
    {
        var text = string.Empty;
        if (property.GetMethod is { } get && Visible(get))
        {
            text += "get; ";
        }

        if (property.SetMethod is { } set && Visible(set))
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            text += init ? "init; " : "set; ";
        }

        return text;
    }

    private static string Nullable(Type type, NullabilityInfo info)
    {
        if (type.IsGenericType && !type.IsGenericTypeDefinition && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            return Nullable(type.GetGenericArguments()[0], info.GenericTypeArguments.Length > 0 ? info.GenericTypeArguments[0] : info) + "?";
        }

        var mark = !type.IsValueType && info.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Nullable(type.GetElementType()!, info.ElementType ?? info) + "[]" + mark;
        }

        if (type.IsGenericType && info.GenericTypeArguments.Length == type.GetGenericArguments().Length)
        {
            var arguments = type.GetGenericArguments().Zip(info.GenericTypeArguments, Nullable);
            return $"{GenericName(type)}<{string.Join(", ", arguments)}>{mark}";
        }

        return TypeName(type) + mark;
    }

    private static string TypeName(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            return $"{GenericName(type)}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
        }

        return (type.FullName ?? type.Name).Replace('+', '.');
    }

    private static string GenericName(Type type)
    {
        var name = (type.GetGenericTypeDefinition().FullName ?? type.Name).Replace('+', '.');
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
