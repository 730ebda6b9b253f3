using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// The opaque paging cursor of <c>links.next</c>. Shaped like Apple's (base64 of a small JSON object) so
/// that clients cannot be tempted to build it themselves.
/// </summary>
internal static class Cursor
{
    private const string Prefix = "{\"offset\":\"";

    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture) + "\"}"));

    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && text.EndsWith("\"}", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length, text.Length - Prefix.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
