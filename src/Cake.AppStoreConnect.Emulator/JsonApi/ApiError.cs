using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>One entry of Apple's <c>{"errors":[…]}</c> body.</summary>
internal sealed record ApiError(int Status, string Code, string Title, string? Detail, string? Pointer = null, string? Parameter = null)
{
    public JsonObject ToJson()
    {
        var error = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["status"] = Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = Code,
            ["title"] = Title,
        };
        if (Detail is not null)
        {
            error["detail"] = Detail;
        }

        if (Pointer is not null)
        {
            error["source"] = new JsonObject { ["pointer"] = Pointer };
        }
        else if (Parameter is not null)
        {
            error["source"] = new JsonObject { ["parameter"] = Parameter };
        }

        return error;
    }
}
