using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Settings of <c>AscAddTesters</c>: who to add, from a list, a builder or a pilot CSV file, and to which groups.</summary>
public sealed class AscAddTestersSettings : AscSettings
{
    /// <summary>Gets the testers to add.</summary>
    public ICollection<AscTester> Testers { get; } = [];

    /// <summary>Gets or sets a CSV file in fastlane pilot's format (first name, last name, email, groups separated by <c>;</c>).</summary>
    public FilePath? CsvFile { get; set; }

    /// <summary>Gets the group names given to testers that name none of their own (pilot's <c>groups</c>).</summary>
    public ICollection<string> Groups { get; } = [];

    /// <summary>Gets or sets how many new testers are created at once (default 4; Apple has no bulk create).</summary>
    public int MaxConcurrency { get; set; } = 4;
}
