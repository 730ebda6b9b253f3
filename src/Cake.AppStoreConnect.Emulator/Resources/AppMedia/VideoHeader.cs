using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// Processing's check of a committed app preview: an ISO base media file (MP4/MOV/M4V start with an
/// <c>ftyp</c> box, or a QuickTime <c>moov</c>/<c>wide</c>/<c>mdat</c> atom). Length and resolution are not checked (a guess: the emulator decodes no video).
/// </summary>
internal static class VideoHeader
{
    private static readonly string[] LeadingAtoms = ["ftyp", "moov", "wide", "mdat", "free"];

    public static MediaInspection Inspect(Stream file, string previewType)
    {
        var head = new byte[8];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var atom = read == 8 ? System.Text.Encoding.ASCII.GetString(head, 4, 4) : string.Empty;
        return LeadingAtoms.Contains(atom)
            ? new(null, null, [])
            : new(null, null, [new StateDetail("VIDEO_FILE_INVALID", $"The file is not a QuickTime or MPEG-4 movie, so it cannot be a {previewType} preview.")]);
    }
}
