namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// The current upload operation of each part, by the part's offset (the one identity both of Apple's
/// operation shapes have). Expired ones are replaced by reading the reservation again, once for all
/// parts however many notice at the same time.
/// </summary>
internal sealed class OperationDirectory : IDisposable
{
    private readonly Func<CancellationToken, Task<IReadOnlyList<AscUploadOperation>>>? _fetch;
    private readonly TimeProvider _time;
    private readonly string _fileName;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private readonly Dictionary<long, AscUploadOperation> _byOffset;

    public OperationDirectory(IReadOnlyList<AscUploadOperation> operations, Func<CancellationToken, Task<IReadOnlyList<AscUploadOperation>>>? fetch, TimeProvider time, string fileName)
    {
        _fetch = fetch;
        _time = time;
        _fileName = fileName;
        _byOffset = operations.ToDictionary(o => o.Offset);
    }

    public void Dispose() => _refreshGate.Dispose();

    public AscUploadOperation Current(UploadPart part)
    {
        lock (_byOffset)
        {
            return _byOffset[part.Offset];
        }
    }

    public async Task<AscUploadOperation> CurrentAsync(UploadPart part, TimeSpan margin, CancellationToken cancellationToken)
    {
        var operation = Current(part);
        if (operation.Expiration is { } expires && expires - margin <= _time.GetUtcNow())
        {
            await RefreshAsync(operation, cancellationToken);
            operation = Current(part);
        }

        return operation;
    }

    public async Task RefreshAsync(AscUploadOperation stale, CancellationToken cancellationToken)
    {
        if (_fetch is null)
        {
            throw new AscUploadException($"The upload URL of {_fileName} at offset {stale.Offset} expired and this upload cannot read its reservation again. Re-run to reserve the file again.");
        }

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            lock (_byOffset)
            {
                // Another part already refreshed while this one waited.
                if (!ReferenceEquals(_byOffset[stale.Offset], stale))
                {
                    return;
                }
            }

            var fresh = await _fetch(cancellationToken);
            lock (_byOffset)
            {
                foreach (var operation in fresh)
                {
                    if (!_byOffset.TryGetValue(operation.Offset, out var known) || known.Length != operation.Length)
                    {
                        throw new AscUploadException($"App Store Connect changed the parts of {_fileName} when their URLs were renewed (offset {operation.Offset}, length {operation.Length}); re-run the upload to start from a fresh reservation.");
                    }

                    _byOffset[operation.Offset] = operation;
                }
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }
}
