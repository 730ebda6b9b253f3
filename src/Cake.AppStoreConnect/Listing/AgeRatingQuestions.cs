namespace Cake.AppStoreConnect.Listing;

/// <summary>Apple's age rating questions (<c>AgeRatingDeclarationUpdateRequest</c>, spec 4.4.1) and the answers each takes.</summary>
internal static class AgeRatingQuestions
{
    public static readonly IReadOnlyList<string> Levels = ["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"];

    public static readonly IReadOnlyList<string> Booleans = ["true", "false"];

    /// <summary>Each question with the answers Apple's spec allows.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Answers { get; } = Build();

    /// <summary>Tells whether a question takes <c>true</c>/<c>false</c> (sent as JSON booleans).</summary>
    public static bool IsBoolean(string question) => ReferenceEquals(Answers.GetValueOrDefault(question), Booleans);

    private static Dictionary<string, IReadOnlyList<string>> Build()
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var flag in new[]
        {
            "advertising", "ageAssurance", "gambling", "healthOrWellnessTopics", "lootBox", "messagingAndChat", "parentalControls", "socialMedia",
            "socialMediaAgeRestricted", "unrestrictedWebAccess", "userGeneratedContent",
        })
        {
            answers[flag] = Booleans;
        }

        foreach (var level in new[]
        {
            "alcoholTobaccoOrDrugUseOrReferences", "contests", "gamblingSimulated", "gunsOrOtherWeapons", "horrorOrFearThemes", "matureOrSuggestiveThemes",
            "medicalOrTreatmentInformation", "profanityOrCrudeHumor", "sexualContentGraphicAndNudity", "sexualContentOrNudity", "violenceCartoonOrFantasy",
            "violenceRealistic", "violenceRealisticProlongedGraphicOrSadistic",
        })
        {
            answers[level] = Levels;
        }

        answers["kidsAgeBand"] = ["FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN"];
        answers["ageRatingOverride"] = ["NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "SEVENTEEN_PLUS", "UNRATED"];
        answers["ageRatingOverrideV2"] = ["NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "EIGHTEEN_PLUS", "UNRATED"];
        answers["koreaAgeRatingOverride"] = ["NONE", "FIFTEEN_PLUS", "NINETEEN_PLUS"];
        return answers;
    }
}
