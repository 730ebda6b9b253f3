namespace Cake.AppStoreConnect.Tests.RealRunner;

/// <summary>
/// Removes the folders one test run shares between its real-runner tests (the packed feed, Cake's addins
/// and tools folders, 40 MB together) once the run is over; each run makes its own, named by its process id.
/// </summary>
[SetUpFixture]
public sealed class RealRunnerFolders
{
    [OneTimeTearDown]
    public void RemoveRunFolders()
    {
        foreach (var folder in PackedAddIn.RunFolders.Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A tool still holding a file open (Windows) keeps its folder; the next run uses new names.
                TestContext.Progress.WriteLine($"Left {folder}: {ex.Message}");
            }
        }
    }
}
