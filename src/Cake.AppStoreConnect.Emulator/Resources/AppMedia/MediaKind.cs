using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// What tells screenshots and previews apart; everything else (sets per localization, reservation, parts,
/// commit, processing, reorder) is one implementation (<see cref="MediaModule{TSet, TAsset}"/>).
/// </summary>
/// <param name="SetType">The set's JSON:API type (<c>appScreenshotSets</c>).</param>
/// <param name="AssetType">The asset's JSON:API type (<c>appScreenshots</c>).</param>
/// <param name="DisplayTypeAttribute">The set's attribute naming its display type (<c>screenshotDisplayType</c>).</param>
/// <param name="SetRelationship">The asset's to-one relationship to its set (<c>appScreenshotSet</c>).</param>
/// <param name="Noun">What one asset is called in messages.</param>
/// <param name="MaxPerSet">How many assets a set holds at most.</param>
/// <param name="DisplayTypes">Apple's enum of the display type.</param>
/// <param name="Inspect">Processing's look at the committed bytes for a display type and file name: the image size found, or why it fails.</param>
internal sealed record MediaKind(
    string SetType,
    string AssetType,
    string DisplayTypeAttribute,
    string SetRelationship,
    string Noun,
    int MaxPerSet,
    IReadOnlyList<string> DisplayTypes,
    Func<Stream, string, string, MediaInspection> Inspect);

/// <summary>What processing found in a committed file: its pixel size when it has one, and the errors that fail it.</summary>
internal sealed record MediaInspection(int? Width, int? Height, IReadOnlyList<StateDetail> Errors);
