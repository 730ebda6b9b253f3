using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.DiagnosticSignatures;

/// <summary>A stored diagnostic signature of a processed build: one per diagnostic type, made when processing completes.</summary>
internal sealed class DiagnosticSignatureRecord : IPartOf
{
    public static IReadOnlyList<string> Types { get; } = ["DISK_WRITES", "HANGS", "LAUNCHES"];

    public required string Id { get; init; }

    public required string BuildId { get; init; }

    (string Type, string Id) IPartOf.Whole => (Builds.BuildDescriptor.TypeName, BuildId);

    public required string DiagnosticType { get; init; }

    public required string Signature { get; init; }

    public required double Weight { get; init; }
}
