namespace Cake.AppStoreConnect.Emulator.OpenApi;

/// <summary>Where an instance broke its schema: the JSON pointer in the instance and the path in the spec.</summary>
internal sealed record SchemaViolation(string InstancePath, string SchemaPath, string Message)
{
    public override string ToString() => $"{(InstancePath.Length == 0 ? "/" : InstancePath)}: {Message} (schema {SchemaPath})";
}
