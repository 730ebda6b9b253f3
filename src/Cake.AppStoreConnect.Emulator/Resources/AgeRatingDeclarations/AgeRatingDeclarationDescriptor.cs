using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.AgeRatingDeclarations;

/// <summary>An age rating declaration on the wire (schema <c>AgeRatingDeclaration</c>): the answers given, nothing else.</summary>
internal sealed class AgeRatingDeclarationDescriptor : ResourceDescriptor<AgeRatingDeclarationRecord>
{
    public const string TypeName = "ageRatingDeclarations";

    public static readonly string[] Flags =
    [
        "advertising", "ageAssurance", "gambling", "healthOrWellnessTopics", "lootBox", "messagingAndChat", "parentalControls", "socialMedia",
        "socialMediaAgeRestricted", "unrestrictedWebAccess", "userGeneratedContent",
    ];

    public static readonly string[] Levels =
    [
        "alcoholTobaccoOrDrugUseOrReferences", "contests", "gamblingSimulated", "gunsOrOtherWeapons", "horrorOrFearThemes", "matureOrSuggestiveThemes",
        "medicalOrTreatmentInformation", "profanityOrCrudeHumor", "sexualContentGraphicAndNudity", "sexualContentOrNudity", "violenceCartoonOrFantasy",
        "violenceRealistic", "violenceRealisticProlongedGraphicOrSadistic",
    ];

    public static readonly string[] LevelValues = ["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"];

    /// <summary>The other enumerated answers and the values Apple's spec allows for each.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Choices = new Dictionary<string, string[]>
    {
        ["kidsAgeBand"] = ["FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN"],
        ["ageRatingOverride"] = ["NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "SEVENTEEN_PLUS", "UNRATED"],
        ["ageRatingOverrideV2"] = ["NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "EIGHTEEN_PLUS", "UNRATED"],
        ["koreaAgeRatingOverride"] = ["NONE", "FIFTEEN_PLUS", "NINETEEN_PLUS"],
    };

    public AgeRatingDeclarationDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = [.. Flags, .. Levels, .. Choices.Keys, "developerAgeRatingInfoUrl"];

    public override IReadOnlyList<Relationship<AgeRatingDeclarationRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(AgeRatingDeclarationRecord record, JsonObject attributes, ResourceContext context)
    {
        foreach (var (name, value) in record.Flags.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            attributes[name] = value;
        }

        foreach (var (name, value) in record.Values.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            attributes[name] = value;
        }
    }
}
