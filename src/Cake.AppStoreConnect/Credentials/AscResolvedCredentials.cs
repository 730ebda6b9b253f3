using Cake.AppStoreConnect.Client.Authentication;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>The key found for a run, and where it came from.</summary>
/// <param name="Key">The API key.</param>
/// <param name="TokenLifetime">A token lifetime asked for by the key's source (fastlane's <c>duration</c>).</param>
public sealed record AscResolvedCredentials(AscApiKey Key, TimeSpan? TokenLifetime);
