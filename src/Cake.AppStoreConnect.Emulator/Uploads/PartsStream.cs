namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// The received parts read as one seekable file, so the archive check can open the upload (a zip reads
/// its directory from the end) without assembling a copy of it.
/// </summary>
internal sealed class PartsStream : Stream
{
    private readonly PartLayout _layout;
    private readonly Func<int, string> _partPath;
    private FileStream? _open;
    private int _openPart;
    private long _position;

    public PartsStream(PartLayout layout, Func<int, string> partPath)
    {
        _layout = layout;
        _partPath = partPath;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _layout.FileSize;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= _layout.FileSize || buffer.Length == 0)
        {
            return 0;
        }

        var part = (int)(_position / _layout.PartSize) + 1;
        var within = _position - _layout.Offset(part);
        var wanted = (int)Math.Min(buffer.Length, _layout.Length(part) - within);
        if (_openPart != part)
        {
            _open?.Dispose();
            _open = new FileStream(_partPath(part), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _openPart = part;
        }

        _open!.Position = within;
        var read = _open.Read(buffer[..wanted]);
        _position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => _layout.FileSize + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _open?.Dispose();
        }

        base.Dispose(disposing);
    }
}
