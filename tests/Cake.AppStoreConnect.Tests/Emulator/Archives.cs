using System.IO.Compression;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Small archives for upload tests: a valid IPA, one without an app bundle, a non-zip, a pkg.</summary>
internal static class Archives
{
    public static byte[] Ipa(int paddingBytes = 5000, string appName = "Sample") => Zip(
        ($"Payload/{appName}.app/Info.plist", "<plist version=\"1.0\"><dict/></plist>"u8.ToArray()),
        ($"Payload/{appName}.app/{appName}", Noise(paddingBytes)));

    public static byte[] IpaWithoutAppBundle() => Zip(("Payload/readme.txt", Noise(3000)));

    public static byte[] NotAZip() => Noise(4000);

    public static byte[] Package() => [.. "xar!"u8.ToArray(), .. Noise(2000)];

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                using var writer = entry.Open();
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}
