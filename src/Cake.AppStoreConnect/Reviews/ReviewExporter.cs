using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>Writes reviews as CSV (RFC 4180) or JSON, UTF-8, for spreadsheets and other tools.</summary>
public static class ReviewExporter
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["id", "rating", "title", "body", "reviewerNickname", "createdDate", "territory", "responseId", "responseBody", "responseState", "responseLastModifiedDate"];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Picks the format from a file's extension.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">The extension is neither .csv nor .json.</exception>
    public static AscReviewExportFormat FormatFor(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => AscReviewExportFormat.Csv,
        ".JSON" => AscReviewExportFormat.Json,
        _ => throw new ArgumentException($"Cannot tell the format of '{path}' from its extension: name it .csv or .json, or set OutputFormat."),
    };

    /// <summary>Writes the reviews to a file, replacing it.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="path">The file; its folder is created when missing.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteAsync(IReadOnlyList<AscCustomerReview> reviews, string path, AscReviewExportFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var text = format == AscReviewExportFormat.Json ? ToJson(reviews) : ToCsv(reviews);
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
    }

    /// <summary>
    /// Formats reviews as CSV with a header row; fields with commas, quotes or line breaks are quoted, and a
    /// field a spreadsheet would run as a formula (a title such as <c>=HYPERLINK(…)</c>) starts with a single quote.
    /// </summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(IEnumerable<AscCustomerReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var csv = new StringBuilder();
        csv.AppendJoin(',', CsvColumns).Append("\r\n");
        foreach (var r in reviews)
        {
            string?[] fields =
            [
                r.Id,
                r.Rating.ToString(CultureInfo.InvariantCulture),
                r.Title,
                r.Body,
                r.ReviewerNickname,
                r.CreatedDate?.ToString("O", CultureInfo.InvariantCulture),
                r.Territory,
                r.ResponseId,
                r.Response?.ResponseBody,
                r.Response?.State,
                r.Response?.LastModifiedDate?.ToString("O", CultureInfo.InvariantCulture),
            ];
            csv.Append(SafeCsv.Row(fields)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Formats reviews as an indented JSON array (camelCase names).</summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IReadOnlyList<AscCustomerReview> reviews) => JsonSerializer.Serialize(reviews, JsonOptions);
}
