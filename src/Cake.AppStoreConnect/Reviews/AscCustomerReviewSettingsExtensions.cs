using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>Fluent helpers for <see cref="AscCustomerReviewSettings"/>; each returns the same instance.</summary>
public static class AscCustomerReviewSettingsExtensions
{
    /// <summary>Matches these star ratings.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="ratings">Ratings from 1 to 5.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings WithRatings(this AscCustomerReviewSettings settings, params IEnumerable<int> ratings) => SettingsFluent.Apply(settings, s =>
    {
        foreach (var rating in ratings)
        {
            s.Ratings.Add(rating);
        }
    });

    /// <summary>Matches these territories.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="territories">Apple's three-letter codes, such as <c>USA</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings WithTerritories(this AscCustomerReviewSettings settings, params IEnumerable<string> territories) => SettingsFluent.Apply(settings, s =>
    {
        foreach (var territory in territories)
        {
            s.Territories.Add(territory);
        }
    });

    /// <summary>Matches only reviews with a published response (true) or only those without (false).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="hasResponse">Which.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings WithResponse(this AscCustomerReviewSettings settings, bool hasResponse = true) => SettingsFluent.Apply(settings, s => s.HasResponse = hasResponse);

    /// <summary>Matches only reviews without a published response, the ones still to answer.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings WithoutResponse(this AscCustomerReviewSettings settings) => SettingsFluent.Apply(settings, s => s.HasResponse = false);

    /// <summary>Matches reviews created in a date range.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="since">The earliest creation date, or <see langword="null"/>.</param>
    /// <param name="until">The latest creation date, or <see langword="null"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings Between(this AscCustomerReviewSettings settings, DateTimeOffset? since, DateTimeOffset? until = null) => SettingsFluent.Apply(settings, s =>
    {
        s.Since = since;
        s.Until = until;
    });

    /// <summary>Sets the order.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="sort">The order.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings SortBy(this AscCustomerReviewSettings settings, AscCustomerReviewSort sort) => SettingsFluent.Apply(settings, s => s.Sort = sort);

    /// <summary>Returns at most this many reviews.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="maxCount">The most reviews.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings SetMaxCount(this AscCustomerReviewSettings settings, int maxCount) => SettingsFluent.Apply(settings, s => s.MaxCount = maxCount);

    /// <summary>Writes the reviews to a file, its format taken from the extension unless given.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="outputFile">The file.</param>
    /// <param name="format">CSV or JSON; from the extension when <see langword="null"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscCustomerReviewSettings WriteTo(this AscCustomerReviewSettings settings, FilePath outputFile, AscReviewExportFormat? format = null) => SettingsFluent.Apply(settings, s =>
    {
        s.OutputFile = outputFile;
        s.OutputFormat = format ?? s.OutputFormat;
    });
}
