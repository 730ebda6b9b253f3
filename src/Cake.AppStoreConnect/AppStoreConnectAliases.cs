using Cake.Core.Annotations;

namespace Cake.AppStoreConnect;

/// <summary>
/// Aliases for Apple's App Store Connect API: upload builds from any OS, distribute them through
/// TestFlight, submit App Store versions for review and release them, answer customer reviews and
/// download sales and finance reports.
/// </summary>
/// <remarks>
/// Credentials come from an App Store Connect API key, read from environment variables
/// (<c>ASC_KEY_ID</c>, <c>ASC_ISSUER_ID</c>, <c>ASC_PRIVATE_KEY_PATH</c>, ...) unless set on the settings.
/// </remarks>
[CakeAliasCategory("App Store Connect")]
public static partial class AppStoreConnectAliases
{
}
