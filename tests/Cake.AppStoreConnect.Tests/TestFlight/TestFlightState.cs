using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.TestFlight;

/// <summary>TestFlight resources read from the emulator's state.</summary>
internal static class TestFlightState
{
    public static async Task<JsonObject> GroupAsync(this EmulatorFixture emulator, string appId, string name) =>
        (await emulator.StateAsync("betaGroups")).Select(g => g!.AsObject()).Single(g => g["appId"]!.GetValue<string>() == appId && g["name"]!.GetValue<string>() == name);
}
