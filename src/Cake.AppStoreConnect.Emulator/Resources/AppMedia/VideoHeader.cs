using System.Buffers.Binary;
using System.Globalization;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// Processing's check of a committed app preview, from the movie's boxes only (no video is decoded): an ISO base
/// media file (MP4/MOV/M4V start with an <c>ftyp</c> box, or a QuickTime <c>moov</c>/<c>wide</c>/<c>mdat</c> atom)
/// with a video track, 15 to 30 seconds long (<c>moov/mvhd</c>: duration over timescale, either box version), whose
/// video size (<c>moov/trak/tkhd</c>, turned by its matrix) is one of its preview type's sizes (<see cref="PreviewSizes"/>).
/// The rules are fastlane deliver's (<c>deliver/lib/deliver/sync_app_previews.rb</c>); the codes and wording are guesses.
/// </summary>
internal static class VideoHeader
{
    private static readonly string[] LeadingAtoms = ["ftyp", "moov", "wide", "mdat", "free"];

    public static MediaInspection Inspect(Stream file, string previewType)
    {
        var head = new byte[8];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var atom = read == 8 ? System.Text.Encoding.ASCII.GetString(head, 4, 4) : string.Empty;
        if (!LeadingAtoms.Contains(atom))
        {
            return new(null, null, [new StateDetail("VIDEO_FILE_INVALID", $"The file is not a QuickTime or MPEG-4 movie, so it cannot be a {previewType} preview.")]);
        }

        var movie = MovieBoxes.Read(file);
        if (movie.Width is not { } width || movie.Height is not { } height)
        {
            return new(null, null, [new StateDetail("VIDEO_FILE_INVALID", $"The movie has no video track, so it cannot be a {previewType} preview.")]);
        }

        var errors = new List<StateDetail>();
        if (movie.Seconds is not { } seconds || seconds < 15 || seconds > 30)
        {
            var length = movie.Seconds is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) + " seconds" : "of unknown length";
            errors.Add(new StateDetail("VIDEO_DURATION_INVALID", $"App previews must be 15 to 30 seconds long; this one is {length}."));
        }

        if (PreviewSizes.Of(previewType) is { } sizes && !PreviewSizes.Fits(previewType, width, height))
        {
            errors.Add(new StateDetail(
                "VIDEO_INCORRECT_DIMENSIONS",
                $"The dimensions of the app preview are wrong: {width}x{height} is not a size of {previewType} ({string.Join(", ", sizes.Select(s => $"{s.Width}x{s.Height}"))}{(PreviewSizes.IsLandscapeOnly(previewType) ? ", landscape" : ", portrait or landscape")})."));
        }

        return new(width, height, errors);
    }

    /// <summary>The few facts of a movie's <c>moov</c> box: the first video track's shown size and the length in seconds.</summary>
    private sealed record MovieBoxes(int? Width, int? Height, double? Seconds)
    {
        public static MovieBoxes Read(Stream file)
        {
            int? width = null, height = null;
            double? seconds = null;
            if (Find(file, 0, file.Length, "moov") is not { } moov)
            {
                return new(null, null, null);
            }

            if (Find(file, moov.Body, moov.End, "mvhd") is { } mvhd)
            {
                seconds = Length(Slice(file, mvhd.Body, mvhd.End));
            }

            foreach (var trak in All(file, moov.Body, moov.End).Where(b => b.Type == "trak"))
            {
                if (Find(file, trak.Body, trak.End, "tkhd") is { } tkhd && Size(Slice(file, tkhd.Body, tkhd.End)) is { } size)
                {
                    (width, height) = size;
                    break;
                }
            }

            return new(width, height, seconds);
        }

        private static (string Type, long Body, long End)? Find(Stream file, long from, long to, string type) =>
            All(file, from, to).Where(b => b.Type == type).Select(b => ((string, long, long)?)b).FirstOrDefault();

        /// <summary>The boxes between two offsets: 32-bit size and type, a 64-bit size when the first says 1, to the end when it says 0.</summary>
        private static IEnumerable<(string Type, long Body, long End)> All(Stream file, long from, long to)
        {
            var header = new byte[16];
            for (var at = from; at + 8 <= to;)
            {
                file.Position = at;
                if (file.ReadAtLeast(header, 16, throwOnEndOfStream: false) < 8)
                {
                    yield break;
                }

                var size = (long)BinaryPrimitives.ReadUInt32BigEndian(header);
                var body = at + 8;
                if (size == 1)
                {
                    size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
                    body += 8;
                }

                var end = size == 0 ? to : at + size;
                if (end < body || end > to)
                {
                    yield break;
                }

                yield return (System.Text.Encoding.ASCII.GetString(header, 4, 4), body, end);
                at = end;
            }
        }

        private static byte[] Slice(Stream file, long from, long to)
        {
            var bytes = new byte[(int)Math.Min(to - from, 256)];
            file.Position = from;
            return bytes[..file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false)];
        }

        private static double? Length(byte[] mvhd)
        {
            // Version 1 has 64-bit times and duration: the timescale at 20, the duration at 24; version 0 at 12 and 16.
            var wide = mvhd.Length > 0 && mvhd[0] == 1;
            if (mvhd.Length < (wide ? 32 : 20))
            {
                return null;
            }

            double timescale = BinaryPrimitives.ReadUInt32BigEndian(mvhd.AsSpan(wide ? 20 : 12));
            var duration = wide ? BinaryPrimitives.ReadUInt64BigEndian(mvhd.AsSpan(24)) : BinaryPrimitives.ReadUInt32BigEndian(mvhd.AsSpan(16));
            return timescale == 0 || duration == (wide ? ulong.MaxValue : uint.MaxValue) ? null : duration / timescale;
        }

        private static (int Width, int Height)? Size(byte[] tkhd)
        {
            // The matrix follows the times, ids and duration (20 or 32 bytes after version/flags) and 16 bytes of layer, group, volume.
            var matrix = 4 + (tkhd.Length > 0 && tkhd[0] == 1 ? 32 : 20) + 16;
            if (tkhd.Length < matrix + 44)
            {
                return null;
            }

            var width = (int)(BinaryPrimitives.ReadUInt32BigEndian(tkhd.AsSpan(matrix + 36)) >> 16);
            var height = (int)(BinaryPrimitives.ReadUInt32BigEndian(tkhd.AsSpan(matrix + 40)) >> 16);
            var turned = BinaryPrimitives.ReadInt32BigEndian(tkhd.AsSpan(matrix)) == 0;
            return width == 0 || height == 0 ? null : turned ? (height, width) : (width, height);
        }
    }
}
