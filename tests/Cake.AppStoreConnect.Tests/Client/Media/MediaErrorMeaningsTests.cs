using Cake.AppStoreConnect.Client.Media;

namespace Cake.AppStoreConnect.Tests.Client.Media;

/// <summary>A processing error whose description only repeats its code is explained; one that says more is kept.</summary>
public sealed class MediaErrorMeaningsTests
{
    [TestCase("VIDEO_DURATION_INVALID", "15 to 30 seconds long: trim or extend")]
    [TestCase("VIDEO_INCORRECT_DIMENSIONS", "886x1920 for the 6.9\" to 5.8\" iPhones")]
    [TestCase("VIDEO_FILE_INVALID", "export it as .mov, .mp4 or .m4v")]
    [TestCase("IMAGE_ALPHA_NOT_ALLOWED", "Images can't contain alpha channels")]
    public void Should_Explain_A_Code_Whose_Description_Only_Repeats_It(string code, string fix)
    {
        Assert.Multiple(() =>
        {
            Assert.That(MediaErrorMeanings.Explain(code, code), Does.StartWith($"{code}: ").And.Contain(fix));
            Assert.That(MediaErrorMeanings.Explain(code, null), Does.StartWith($"{code}: ").And.Contain(fix));
        });
    }

    [Test]
    public void Should_Keep_A_Description_That_Says_More_And_Show_An_Unknown_Code_As_It_Is()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MediaErrorMeanings.Explain("VIDEO_DURATION_INVALID", "This one is 10.00 seconds."), Is.EqualTo("VIDEO_DURATION_INVALID: This one is 10.00 seconds."));
            Assert.That(MediaErrorMeanings.Explain("VIDEO_SOMETHING_NEW", "VIDEO_SOMETHING_NEW"), Is.EqualTo("VIDEO_SOMETHING_NEW: VIDEO_SOMETHING_NEW"));
        });
    }
}
