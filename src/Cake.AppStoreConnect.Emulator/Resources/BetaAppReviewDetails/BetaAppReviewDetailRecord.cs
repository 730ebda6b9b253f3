using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewDetails;

/// <summary>An app's beta review contact and demo account; one per app, with the app's id.</summary>
internal sealed class BetaAppReviewDetailRecord : IAppOwned
{
    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public string? ContactFirstName { get; set; }

    public string? ContactLastName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? DemoAccountName { get; set; }

    public string? DemoAccountPassword { get; set; }

    public bool DemoAccountRequired { get; set; }

    public string? Notes { get; set; }
}
