using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// Remembers which parts of one reservation the upload server acknowledged, so a run that was killed or
/// failed part-way is resumed by sending only the rest. It is a small text file in the temp folder,
/// named after the reservation; it holds the file's size and time of last change and, per part, the
/// offset, length and a SHA-256 fingerprint of the part's URL: never a URL, its signature or any
/// credential. A part is skipped only while its URL is unchanged and the file is the same.
/// </summary>
/// <example>
/// <code>
/// var journal = AscUploadJournal.For("buildUploadFiles/" + file.Id);
/// var sent = await uploader.UploadAsync(new AscAssetUpload(path, file.Operations) { Journal = journal });
/// await client.BuildUploads.CommitFileAsync(file.Id, sent.Checksum, sent.ChecksumAlgorithm);
/// journal.Delete();
/// </code>
/// </example>
public sealed class AscUploadJournal
{
    private const string Format = "cake-asc-upload-journal 1";

    private AscUploadJournal(string filePath) => FilePath = filePath;

    /// <summary>Gets where the journal is kept.</summary>
    public string FilePath { get; }

    /// <summary>Gets the journal of a reservation.</summary>
    /// <param name="reservation">What identifies the reservation, such as <c>buildUploadFiles/{id}</c>.</param>
    /// <param name="directory">Where journals are kept; the temp folder's <c>Cake.AppStoreConnect/uploads</c> when <see langword="null"/>.</param>
    /// <returns>The journal, empty until parts are acknowledged.</returns>
    public static AscUploadJournal For(string reservation, string? directory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reservation);
        directory ??= Path.Combine(Path.GetTempPath(), "Cake.AppStoreConnect", "uploads");
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reservation)))[..32];
        return new AscUploadJournal(Path.Combine(directory, name + ".parts"));
    }

    /// <summary>Forgets the acknowledged parts, once the file is committed or must be sent again whole.</summary>
    public void Delete() => File.Delete(FilePath);

    internal Session Open(FileInfo file)
    {
        var header = string.Create(CultureInfo.InvariantCulture, $"{Format} {file.Length} {file.LastWriteTimeUtc.Ticks}");
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(FilePath))
        {
            var lines = File.ReadAllLines(FilePath);
            if (lines.Length > 0 && lines[0] == header)
            {
                // A line cut short by a kill is no part's entry and simply does not match.
                acknowledged.UnionWith(lines.Skip(1));
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var stream = new FileStream(FilePath, acknowledged.Count > 0 ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        if (acknowledged.Count == 0)
        {
            writer.WriteLine(header);
            writer.Flush();
        }

        return new Session(writer, acknowledged);
    }

    private static string Entry(AscUploadOperation operation)
    {
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(operation.Method + " " + operation.Url)))[..32];
        return string.Create(CultureInfo.InvariantCulture, $"{operation.Offset} {operation.Length} {fingerprint}");
    }

    /// <summary>One run's view of the journal: what earlier runs acknowledged, and where this run's acknowledgements go.</summary>
    internal sealed class Session : IDisposable
    {
        private readonly StreamWriter _writer;
        private readonly HashSet<string> _acknowledged;
        private readonly Lock _gate = new();

        public Session(StreamWriter writer, HashSet<string> acknowledged)
        {
            _writer = writer;
            _acknowledged = acknowledged;
        }

        public bool WasAcknowledged(AscUploadOperation operation) => _acknowledged.Contains(Entry(operation));

        public void Acknowledge(AscUploadOperation operation)
        {
            lock (_gate)
            {
                // Flushed at once: the next line of this run may be a SIGKILL.
                _writer.WriteLine(Entry(operation));
                _writer.Flush();
            }
        }

        public void Dispose() => _writer.Dispose();
    }
}
