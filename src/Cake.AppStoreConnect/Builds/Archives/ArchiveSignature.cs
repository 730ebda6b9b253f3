using System.Globalization;
using System.Text;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>Recognises app archives by their first bytes and describes files that are not one.</summary>
internal static class ArchiveSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> and <see cref="Describe"/> look at.</summary>
    public const int SampleLength = 64;

    /// <summary>The archive kind the content starts like, or <see langword="null"/>.</summary>
    public static AppArchiveKind? Detect(ReadOnlySpan<byte> head)
    {
        // A local file header, or the end-of-central-directory record of a zip with no entries.
        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return AppArchiveKind.Ipa;
        }

        return head.StartsWith("xar!"u8) ? AppArchiveKind.Pkg : null;
    }

    /// <summary>
    /// Describes the start of a file for an error message, e.g. "is 15 bytes of text: 'not-a-zip-file'";
    /// a download that returned an HTML login page or a Git LFS pointer is the usual culprit.
    /// </summary>
    public static string Describe(ReadOnlySpan<byte> head, long fileLength)
    {
        if (head.Length > 0 && IsText(head))
        {
            var text = Escape(Encoding.ASCII.GetString(head).TrimEnd());
            var what = head.StartsWith("version https://git-lfs"u8)
                ? " (a Git LFS pointer: run 'git lfs pull')"
                : text.StartsWith('<') && text.Contains("html", StringComparison.OrdinalIgnoreCase)
                    ? " (an HTML page, not the file)"
                    : string.Empty;
            return fileLength <= head.Length
                ? string.Create(CultureInfo.InvariantCulture, $"is {fileLength} bytes of text: '{text}'{what}")
                : $"starts with the text '{text}…'{what}";
        }

        return $"starts with the bytes {Convert.ToHexString(head[..Math.Min(head.Length, 8)])}";
    }

    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((>= 0x20 and < 0x7F) or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Escape(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal);
}
