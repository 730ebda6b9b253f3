using System.Net;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>
/// Reads <c>--urls</c> before Kestrel does. The emulator hands out keys and changes state on request, so it
/// listens on loopback only unless <c>--allow-remote</c> says otherwise: <c>*</c>, <c>+</c>, <c>0.0.0.0</c>,
/// <c>[::]</c> and any other host than a loopback address or <c>localhost</c> are refused without it.
/// </summary>
internal static class ListenUrls
{
    /// <summary>
    /// Returns the URLs to give Kestrel. <c>localhost</c> with port 0 becomes <c>127.0.0.1</c>: Kestrel
    /// refuses a dynamic port on <c>localhost</c>, which resolves to two addresses.
    /// </summary>
    public static string Resolve(string urls, bool allowRemote)
    {
        var resolved = new List<string>();
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (scheme, host, port) = Split(url);
            if (!IsLoopback(host) && !allowRemote)
            {
                throw new ArgumentException(
                    $"--urls {url} listens beyond this machine ('{host}' is not a loopback address). Anyone who can reach it could mint keys " +
                    "and change the emulator's state. Use http://127.0.0.1:PORT, or add --allow-remote (control requests then need the token it prints).");
            }

            resolved.Add(host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && port == "0" ? $"{scheme}://127.0.0.1:0" : url);
        }

        return resolved.Count > 0 ? string.Join(';', resolved) : throw new ArgumentException("--urls is empty; give for example http://127.0.0.1:0.");
    }

    /// <summary>Whether a host names this machine only: <c>localhost</c> or a loopback address.</summary>
    public static bool IsLoopback(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// The address a local client uses for a bound address: Kestrel reports a wildcard as <c>[::]</c> or
    /// <c>0.0.0.0</c>, which is no address to connect to.
    /// </summary>
    public static Uri ClientAddress(string bound)
    {
        var (scheme, host, port) = Split(bound);
        var client = host is "[::]" or "0.0.0.0" or "*" or "+" ? "127.0.0.1" : host;
        return new Uri($"{scheme}://{client}:{port}/");
    }

    private static (string Scheme, string Host, string Port) Split(string url)
    {
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new ArgumentException($"--urls {url} is not a URL such as http://127.0.0.1:0.");
        }

        var scheme = url[..separator];
        var authority = url[(separator + 3)..].TrimEnd('/');
        if (authority.Contains('/', StringComparison.Ordinal))
        {
            authority = authority[..authority.IndexOf('/', StringComparison.Ordinal)];
        }

        // The port follows the last colon outside brackets ([::1]:5000).
        var colon = authority.LastIndexOf(':');
        if (colon < 0 || colon < authority.LastIndexOf(']'))
        {
            return (scheme, authority, scheme == "https" ? "443" : "80");
        }

        return (scheme, authority[..colon], authority[(colon + 1)..]);
    }
}
