using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Core;

public sealed class OutputPathsTests
{
    [Test]
    public void Should_Create_A_Missing_Folder_And_Leave_No_Trace_Of_The_Check()
    {
        using var dir = new TemporaryDirectory();

        OutputPaths.CheckFile(dir.File("a/b/out.csv"), "OutputFile");

        Assert.That(Directory.Exists(dir.File("a/b")), Is.True);
        Assert.That(Directory.EnumerateFileSystemEntries(dir.File("a/b")), Is.Empty);
    }

    [Test]
    public void Should_Leave_An_Existing_File_As_It_Is()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("out.csv"), "old");

        OutputPaths.CheckFile(dir.File("out.csv"), "OutputFile");

        Assert.That(File.ReadAllText(dir.File("out.csv")), Is.EqualTo("old"));
    }

    [Test]
    public void Should_Refuse_A_Folder_Given_As_The_File()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.File("reviews.csv"));

        Assert.That(() => OutputPaths.CheckFile(dir.File("reviews.csv"), "OutputFile"), Throws.TypeOf<IOException>().With.Message.Contains("OutputFile").And.Message.Contains("is a folder, not a file"));
    }

    [Test]
    public void Should_Refuse_A_Folder_Path_That_Runs_Through_A_File()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("reports"), "x");

        Assert.That(() => OutputPaths.CheckFolder(dir.File("reports/2026"), "OutputDirectory"), Throws.TypeOf<IOException>().With.Message.Contains($"'{dir.File("reports")}' is a file"));
    }
}
