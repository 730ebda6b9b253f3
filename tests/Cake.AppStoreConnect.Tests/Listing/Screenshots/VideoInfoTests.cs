using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>The preview size read from a movie's track header: the video track, turned by its matrix.</summary>
public sealed class VideoInfoTests
{
    [Test]
    public void Should_Read_The_Video_Tracks_Size_After_A_Sound_Track_And_The_Media_Data()
    {
        using var directory = new TemporaryDirectory();
        var path = PreviewFolderWriter.Mp4(directory.Path, "en-US", "a.mp4", 886, 1920, 1);

        Assert.That(VideoInfo.Read(path), Is.EqualTo(new VideoInfo(886, 1920)));
    }

    [Test]
    public void Should_Turn_The_Size_Of_A_Track_Its_Matrix_Rotates()
    {
        using var directory = new TemporaryDirectory();
        var path = PreviewFolderWriter.Mp4(directory.Path, "en-US", "a.mov", 1920, 886, 1, rotated: true);

        Assert.That(VideoInfo.Read(path), Is.EqualTo(new VideoInfo(886, 1920)));
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
