namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>Reads a stream to its end, refusing to hold more than a set number of bytes.</summary>
internal static class BoundedRead
{
    /// <summary>
    /// Reads all of <paramref name="source"/>. Sizes declared by an archive can lie (a zip bomb), so the
    /// limit is enforced on the bytes actually produced.
    /// </summary>
    /// <exception cref="InvalidDataException">The stream yields more than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadAll(Stream source, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException($"The content is larger than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
