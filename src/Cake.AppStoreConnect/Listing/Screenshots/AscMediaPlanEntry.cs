namespace Cake.AppStoreConnect.Listing;

/// <summary>One line of a screenshot or app preview sync's plan: what happens (or would happen) to one file of one set.</summary>
/// <param name="Locale">The locale, such as <c>en-US</c>.</param>
/// <param name="DisplayType">The set's display type, such as <c>APP_IPHONE_67</c>, or for a preview its preview type, such as <c>IPHONE_67</c>.</param>
/// <param name="FileName">The local file, or for a delete the file's name on App Store Connect; empty for a set-wide step.</param>
/// <param name="Action">One of <see cref="AscMediaAction"/>.</param>
public sealed record AscMediaPlanEntry(string Locale, string DisplayType, string FileName, string Action)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Action} {Locale} {DisplayType} {FileName}".TrimEnd();
}

/// <summary>What a screenshot or app preview sync does to a file or set.</summary>
public static class AscMediaAction
{
    /// <summary>Already on App Store Connect with the same MD5: nothing is sent.</summary>
    public const string Keep = "keep";

    /// <summary>Reserved, sent and committed.</summary>
    public const string Upload = "upload";

    /// <summary>Reserved by an earlier, interrupted run: its parts are sent and it is committed (never a second reservation).</summary>
    public const string Finish = "finish";

    /// <summary>On App Store Connect but not in the folder (or failed): deleted, once its replacements are processed.</summary>
    public const string Delete = "delete";

    /// <summary>The set of the locale and display type is created.</summary>
    public const string CreateSet = "create set";

    /// <summary>A kept preview's poster frame (<c>previewFrameTimeCode</c>) is changed; the file name is followed by <c>(old -> new)</c>.</summary>
    public const string SetFrameTimeCode = "set frame time code";

    /// <summary>The set's order is made the folder's natural file-name order.</summary>
    public const string Reorder = "reorder";
}
