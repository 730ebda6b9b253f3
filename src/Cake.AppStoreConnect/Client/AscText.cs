using System.Globalization;
using System.Text;

namespace Cake.AppStoreConnect.Client;

/// <summary>
/// The one way text from outside (a bundle id from an archive or a script, a server's error detail, a
/// zip entry name) is put into a message or log line: line breaks, other control characters and the
/// bidirectional overrides (U+202E and its kin, which make a log line read differently from what it
/// holds) are shown escaped as <c>\n</c> or <c>\u202E</c>, and the text is cut to a length a reader
/// can take in, saying how long it was.
/// </summary>
internal static class AscText
{
    /// <summary>How many characters of echoed text are shown by default.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>Makes <paramref name="text"/> safe to put in a message or log line.</summary>
    /// <param name="text">The text; <see langword="null"/> echoes as an empty string.</param>
    /// <param name="maxLength">How many characters of it to show at most.</param>
    /// <returns>The text, escaped and capped.</returns>
    public static string Echo(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var shown = text.Length > maxLength ? text[..maxLength] : text;
        var echo = new StringBuilder(shown.Length + 16);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                echo.Append(c).Append(shown[++i]);
                continue;
            }

            _ = c switch
            {
                '\n' => echo.Append("\\n"),
                '\r' => echo.Append("\\r"),
                '\t' => echo.Append("\\t"),
                _ when NeedsEscape(c) => echo.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => echo.Append(c),
            };
        }

        return text.Length > maxLength
            ? echo.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)").ToString()
            : echo.ToString();
    }

    // Controls, bidi marks/embeddings/overrides/isolates, line and paragraph separators, lone surrogates.
    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || char.IsSurrogate(c);
}
