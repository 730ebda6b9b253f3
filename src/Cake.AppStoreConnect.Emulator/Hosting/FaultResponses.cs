using Cake.AppStoreConnect.Emulator.Faults;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>The error bodies of injected faults, shaped like what App Store Connect's edge sends.</summary>
internal static class FaultResponses
{
    public static ApiException ToApiError(Fault fault) => fault.Status switch
    {
        429 => new ApiException(new ApiError(429, "RATE_LIMIT_EXCEEDED", "The request rate limit has been reached.", "Injected fault: we've received too many requests for this API. Please wait and try again or slow down your request rate.")),
        503 => new ApiException(new ApiError(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable.", "Injected fault: try again later.")),
        _ => new ApiException(new ApiError(fault.Status, "UNEXPECTED_ERROR", "An unexpected error occurred.", "Injected fault: the server encountered an unexpected error.")),
    };
}
