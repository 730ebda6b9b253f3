using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;

/// <summary>A customer review on the wire (schema <c>CustomerReview</c>).</summary>
internal sealed class CustomerReviewDescriptor : ResourceDescriptor<CustomerReviewRecord>
{
    public const string TypeName = "customerReviews";

    public CustomerReviewDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["rating", "title", "body", "reviewerNickname", "createdDate", "territory"];

    public override IReadOnlyList<Relationship<CustomerReviewRecord>> Relationships { get; } =
    [
        Relationship<CustomerReviewRecord>.One("response", CustomerReviewResponseDescriptor.TypeName, (review, c) => ResponseOf(review, c)?.Id),
    ];

    public static CustomerReviewResponseRecord? ResponseOf(CustomerReviewRecord review, ResourceContext context) =>
        context.Table<CustomerReviewResponseRecord>().Where(r => r.ReviewId == review.Id).FirstOrDefault();

    protected override void WriteAttributes(CustomerReviewRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["rating"] = record.Rating;
        if (record.Title is not null)
        {
            attributes["title"] = record.Title;
        }

        if (record.Body is not null)
        {
            attributes["body"] = record.Body;
        }

        attributes["reviewerNickname"] = record.ReviewerNickname;
        attributes["createdDate"] = ApiDates.Format(record.CreatedDate);
        attributes["territory"] = record.Territory;
    }
}

/// <summary>A developer response on the wire (schema <c>CustomerReviewResponseV1</c>).</summary>
internal sealed class CustomerReviewResponseDescriptor : ResourceDescriptor<CustomerReviewResponseRecord>
{
    public const string TypeName = "customerReviewResponses";

    public CustomerReviewResponseDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["responseBody", "lastModifiedDate", "state"];

    public override IReadOnlyList<Relationship<CustomerReviewResponseRecord>> Relationships { get; } =
    [
        Relationship<CustomerReviewResponseRecord>.One("review", CustomerReviewDescriptor.TypeName, (response, _) => response.ReviewId).WithoutRoutes(),
    ];

    protected override void WriteAttributes(CustomerReviewResponseRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["responseBody"] = record.ResponseBody;
        attributes["lastModifiedDate"] = ApiDates.Format(record.LastModifiedDate);
        attributes["state"] = CustomerReviewResponseRecord.StateOf(record, context.Now, context.Emulator.Options.ProcessingTime);
    }
}
