namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>A command line the emulator cannot run with; its message names the switch to fix.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
