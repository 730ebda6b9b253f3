namespace Cake.AppStoreConnect.Client.Builds.Upload;

/// <summary>
/// The current upload operation of each part. Expired ones are replaced by asking App Store Connect
/// again, once for all parts however many notice at the same time.
/// </summary>
internal sealed class OperationDirectory : IDisposable
{
    private readonly Func<CancellationToken, Task<IReadOnlyList<AscUploadOperation>>> _fetch;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private readonly Dictionary<int, AscUploadOperation> _byPart;

    public OperationDirectory(IReadOnlyList<AscUploadOperation> operations, Func<CancellationToken, Task<IReadOnlyList<AscUploadOperation>>> fetch, TimeProvider time)
    {
        _fetch = fetch;
        _time = time;
        _byPart = operations.ToDictionary(PartNumberOf);
    }

    public void Dispose() => _refreshGate.Dispose();

    public static int PartNumberOf(AscUploadOperation operation) => operation.PartNumber ?? throw new AscUploadException("An upload operation has no part number; App Store Connect's reservation is not usable. Re-run to reserve the file again.");

    public async Task<AscUploadOperation> CurrentAsync(int partNumber, TimeSpan margin, CancellationToken cancellationToken)
    {
        AscUploadOperation operation;
        lock (_byPart)
        {
            operation = _byPart[partNumber];
        }

        if (operation.Expiration is { } expires && expires - margin <= _time.GetUtcNow())
        {
            await RefreshAsync(operation, cancellationToken);
            lock (_byPart)
            {
                operation = _byPart[partNumber];
            }
        }

        return operation;
    }

    public async Task RefreshAsync(AscUploadOperation stale, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            lock (_byPart)
            {
                // Another part already refreshed while this one waited.
                if (!ReferenceEquals(_byPart[PartNumberOf(stale)], stale))
                {
                    return;
                }
            }

            var fresh = await _fetch(cancellationToken);
            lock (_byPart)
            {
                foreach (var operation in fresh)
                {
                    var part = PartNumberOf(operation);
                    if (_byPart.TryGetValue(part, out var known) && (known.Offset != operation.Offset || known.Length != operation.Length))
                    {
                        throw new AscUploadException($"App Store Connect changed part {part}'s slice when its URL was renewed; re-run the upload to start from a fresh reservation.");
                    }

                    _byPart[part] = operation;
                }
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }
}
