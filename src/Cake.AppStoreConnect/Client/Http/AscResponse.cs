using System.Net;
using System.Text;
using Cake.AppStoreConnect.Client.RateLimits;

namespace Cake.AppStoreConnect.Client.Http;

/// <summary>A response read to the end inside one attempt, so the attempt's timeout covers the body.</summary>
internal sealed record AscResponse(HttpStatusCode Status, byte[] Body, string? ContentType, AscRateLimit? RateLimit, TimeSpan? RetryAfter, DateTimeOffset? ServerDate)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public bool IsServerError => (int)Status >= 500;

    /// <summary>Reads how long a server asks to be left alone, from either form of <c>Retry-After</c>.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage message)
    {
        var header = message.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null;
    }

    /// <summary>Gets the start of the body as text, for errors from something that is not App Store Connect.</summary>
    public string Preview(int maxLength = 200)
    {
        // The body is the server's text: escaped and capped like everything echoed (AscText).
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, maxLength * 4));
        return AscText.Echo(text, maxLength);
    }
}
