using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>The one serializer configuration for stored records (state file and <c>/_emulator/state</c>).</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
