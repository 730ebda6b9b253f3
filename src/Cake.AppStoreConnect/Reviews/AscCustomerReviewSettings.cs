using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>Settings of <c>AscGetCustomerReviews</c>: which reviews, in what order, and where to write them.</summary>
public sealed class AscCustomerReviewSettings : AscSettings
{
    /// <summary>Gets the star ratings to match (1 to 5); all when empty.</summary>
    public ICollection<int> Ratings { get; } = [];

    /// <summary>Gets the territories to match, as Apple's three-letter codes (<c>USA</c>, <c>GBR</c>, <c>DEU</c>); all when empty.</summary>
    public ICollection<string> Territories { get; } = [];

    /// <summary>Gets or sets whether to match reviews that have a published response (true), that have none (false), or both (unset).</summary>
    public bool? HasResponse { get; set; }

    /// <summary>Gets or sets the earliest creation date to match.</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>Gets or sets the latest creation date to match.</summary>
    public DateTimeOffset? Until { get; set; }

    /// <summary>Gets or sets the order (newest first by default).</summary>
    public AscCustomerReviewSort Sort { get; set; } = AscCustomerReviewSort.NewestFirst;

    /// <summary>Gets or sets the most reviews to return; all when unset.</summary>
    public int? MaxCount { get; set; }

    /// <summary>Gets or sets a file to write the reviews to, for other tools.</summary>
    public FilePath? OutputFile { get; set; }

    /// <summary>Gets or sets the file's format; taken from the extension (<c>.json</c> or <c>.csv</c>) when unset.</summary>
    public AscReviewExportFormat? OutputFormat { get; set; }
}

/// <summary>The formats reviews can be written in.</summary>
public enum AscReviewExportFormat
{
    /// <summary>RFC 4180 CSV with a header row, UTF-8.</summary>
    Csv,

    /// <summary>A JSON array of reviews (camelCase), UTF-8.</summary>
    Json,
}
