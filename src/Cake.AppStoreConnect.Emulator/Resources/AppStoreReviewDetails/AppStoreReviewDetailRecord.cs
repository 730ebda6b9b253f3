using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewDetails;

/// <summary>A stored App Review detail: contact, demo account and notes for one App Store version.</summary>
internal sealed class AppStoreReviewDetailRecord : IRecord
{
    public required string Id { get; init; }

    public required string AppStoreVersionId { get; init; }

    public Dictionary<string, string> Texts { get; init; } = [];

    public bool? DemoAccountRequired { get; set; }
}
