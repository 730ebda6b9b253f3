using System.IO.Compression;
using System.Text;
using Cake.AppStoreConnect.SampleIpa;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

/// <summary>Makes the odd zips, plists and xar files the archive tests need, on disk.</summary>
internal static class ArchiveTestFiles
{
    /// <summary>A zip with the given entries, in order; a <see langword="null"/> content makes a directory entry.</summary>
    public static string Zip(string path, params (string Name, byte[]? Content)[] entries)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name);
                if (content is not null)
                {
                    using var stream = entry.Open();
                    stream.Write(content);
                }
            }
        }

        return path;
    }

    /// <summary>An Info.plist as Xcode writes it for an iOS device build; change or remove keys as a test needs.</summary>
    public static Dictionary<string, object> InfoPlist(
        string bundleId = "com.example.Generated",
        string shortVersion = "2.3.4",
        string buildVersion = "56",
        string platform = "iPhoneOS") => new(StringComparer.Ordinal)
        {
            ["CFBundleIdentifier"] = bundleId,
            ["CFBundleShortVersionString"] = shortVersion,
            ["CFBundleVersion"] = buildVersion,
            ["CFBundleName"] = "Generated",
            ["CFBundleExecutable"] = "Generated",
            ["CFBundleSupportedPlatforms"] = new[] { platform },
            ["DTPlatformName"] = platform.ToLowerInvariant(),
            ["MinimumOSVersion"] = "16.0",
            ["UIDeviceFamily"] = new[] { 1, 2 },
        };

    public static byte[] Binary(object plist) => new BinaryPlistWriter().Write(plist);

    /// <summary>A minimal XML plist of string values, as a hand-edited or older Info.plist would be.</summary>
    public static byte[] Xml(IEnumerable<KeyValuePair<string, string>> values)
    {
        var body = new StringBuilder();
        foreach (var (key, value) in values)
        {
            body.Append("  <key>").Append(key).Append("</key>\n  <string>").Append(value).Append("</string>\n");
        }

        return Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n" +
            "<plist version=\"1.0\">\n<dict>\n" + body + "</dict>\n</plist>\n");
    }

    /// <summary>
    /// A xar archive with one top-level file, laid out as xar writes it: header, zlib table of contents,
    /// heap (a 20 byte checksum slot, then the file).
    /// </summary>
    public static string Xar(string path, string fileName, byte[] content, string encoding = "application/x-gzip", bool gzipFraming = false)
    {
        var stored = encoding switch
        {
            "application/x-gzip" => gzipFraming ? Compress(content, s => new GZipStream(s, CompressionLevel.Optimal)) : Compress(content, s => new ZLibStream(s, CompressionLevel.Optimal)),
            _ => content,
        };
        const int dataOffset = 20;
        var toc = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <xar>
             <toc>
              <checksum style="sha1"><offset>0</offset><size>20</size></checksum>
              <file id="1">
               <data>
                <length>{stored.Length}</length>
                <offset>{dataOffset}</offset>
                <size>{content.Length}</size>
                <encoding style="{encoding}"/>
               </data>
               <type>file</type>
               <name>{fileName}</name>
              </file>
             </toc>
            </xar>
            """;
        var tocBytes = Encoding.UTF8.GetBytes(toc);
        var compressedToc = Compress(tocBytes, s => new ZLibStream(s, CompressionLevel.Optimal));

        using var file = File.Create(path);
        file.Write(XarHeader(compressedToc.Length, tocBytes.Length));
        file.Write(compressedToc);
        file.Write(new byte[dataOffset]);
        file.Write(stored);
        return path;
    }

    public static byte[] XarHeader(long tocCompressed, long tocUncompressed, ushort headerSize = 28, ushort version = 1)
    {
        var header = new byte[28];
        "xar!"u8.CopyTo(header);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), headerSize);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), version);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(8), (ulong)tocCompressed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(16), (ulong)tocUncompressed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(24), 1);
        return header;
    }

    public static string Distribution(string bundles, string product = "<product id=\"com.example.Mac\" version=\"3.1\"/>") => $"""
        <?xml version="1.0" encoding="utf-8" standalone="no"?>
        <installer-gui-script minSpecVersion="2">
            <pkg-ref id="com.example.Mac">
                <bundle-version>
                    {bundles}
                </bundle-version>
            </pkg-ref>
            {product}
            <title>Mac Example</title>
            <volume-check><allowed-os-versions><os-version min="13.0"/></allowed-os-versions></volume-check>
        </installer-gui-script>
        """;

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(content);
        }

        return output.ToArray();
    }
}
