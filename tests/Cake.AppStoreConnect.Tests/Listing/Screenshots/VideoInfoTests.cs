using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>The preview size read from a movie's track header (the video track, turned by its matrix) and its length from the movie header, in both box versions.</summary>
public sealed class VideoInfoTests
{
    [Test]
    public void Should_Read_The_Video_Tracks_Size_After_A_Sound_Track_And_The_Media_Data()
    {
        using var directory = new TemporaryDirectory();
        var path = PreviewFolderWriter.Mp4(directory.Path, "en-US", "a.mp4", 886, 1920, 1);

        Assert.That(VideoInfo.Read(path), Is.EqualTo(new VideoInfo(886, 1920, TimeSpan.FromSeconds(PreviewFolderWriter.Seconds))));
    }

    [Test]
    public void Should_Turn_The_Size_Of_A_Track_Its_Matrix_Rotates()
    {
        using var directory = new TemporaryDirectory();
        var path = PreviewFolderWriter.Mp4(directory.Path, "en-US", "a.mov", 1920, 886, 1, rotated: true);

        Assert.That(VideoInfo.Read(path), Is.EqualTo(new VideoInfo(886, 1920, TimeSpan.FromSeconds(PreviewFolderWriter.Seconds))));
    }

    [Test]
    public void Should_Read_The_Length_From_A_Version_0_Movie_Header()
    {
        using var directory = new TemporaryDirectory();
        var path = PreviewFolderWriter.Mp4(directory.Path, "en-US", "a.mov", 886, 1920, 1, seconds: 17.5);

        Assert.That(VideoInfo.Read(path)!.Duration, Is.EqualTo(TimeSpan.FromSeconds(17.5)));
    }

    [Test]
    public void Should_Read_A_64_Bit_Length_And_Size_From_Version_1_Headers()
    {
        // 29 s at a nanosecond timescale is 29,000,000,000 units: more than 32 bits hold
        using var directory = new TemporaryDirectory();
        var path = PreviewFolderWriter.Mp4(directory.Path, "en-US", "a.mp4", 1200, 1600, 1, seconds: 29, version1: true);

        Assert.That(VideoInfo.Read(path), Is.EqualTo(new VideoInfo(1200, 1600, TimeSpan.FromSeconds(29))));
    }

    [Test]
    public void Should_Give_No_Length_When_The_Movie_Header_Says_Unknown()
    {
        using var directory = new TemporaryDirectory();
        var path = PreviewFolderWriter.Mp4(directory.Path, "en-US", "a.mp4", 886, 1920, 1, seconds: double.PositiveInfinity);

        Assert.That(VideoInfo.Read(path), Is.EqualTo(new VideoInfo(886, 1920, null)));
    }

    [Test]
    public void Should_Give_Nothing_For_A_File_That_Is_No_Movie()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "a.mp4");
        File.WriteAllBytes(path, [0, 0, 0, 255, (byte)'j', (byte)'u', (byte)'n', (byte)'k', 1, 2, 3]);

        Assert.That(VideoInfo.Read(path), Is.Null);
    }
}
