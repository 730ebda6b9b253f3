using Cake.AppStoreConnect.Emulator.Resources.AppMedia;

namespace Cake.AppStoreConnect.Emulator.Resources.AppScreenshots;

/// <summary>A stored screenshot set: one <c>screenshotDisplayType</c> of one version localization.</summary>
internal sealed class AppScreenshotSetRecord : MediaSetRecord
{
}

/// <summary>A stored screenshot: reservation, commit and the image size processing found.</summary>
internal sealed class AppScreenshotRecord : MediaAssetRecord
{
}
