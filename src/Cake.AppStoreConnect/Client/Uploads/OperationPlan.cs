namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>One slice of the file; <see cref="Number"/> is Apple's part number, or the slice's place when Apple gives none.</summary>
internal sealed record UploadPart(int Number, long Offset, long Length);

/// <summary>Checks that a reservation's operations cover the file exactly, before any byte is sent.</summary>
internal static class OperationPlan
{
    public static IReadOnlyList<UploadPart> Validate(IReadOnlyList<AscUploadOperation> operations, long fileLength, string fileName)
    {
        if (operations.Count == 0)
        {
            throw new AscUploadException($"App Store Connect returned no upload operations for {fileName}; the reservation may already be committed. Re-run to start a fresh upload.");
        }

        var ordered = operations.OrderBy(o => o.Offset).ToList();
        var parts = new List<UploadPart>(ordered.Count);
        long expected = 0;
        foreach (var operation in ordered)
        {
            var number = operation.PartNumber ?? (parts.Count + 1);
            if (operation.Offset != expected || operation.Length <= 0)
            {
                throw new AscUploadException($"App Store Connect's upload operations for {fileName} do not tile the file (part {number} starts at {operation.Offset}, expected {expected}, length {operation.Length}).");
            }

            if (!Uri.TryCreate(operation.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                throw new AscUploadException($"Part {number} of {fileName} has no usable upload URL.");
            }

            parts.Add(new UploadPart(number, operation.Offset, operation.Length));
            expected += operation.Length;
        }

        if (expected != fileLength)
        {
            throw new AscUploadException($"App Store Connect reserved {expected} bytes for {fileName} but the file has {fileLength}; the file changed after it was reserved. Re-run the upload.");
        }

        return parts;
    }
}
