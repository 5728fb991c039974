using System.Text.Json;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Web;

/// <summary>Display names and JSON ids for the scoring vocabulary.</summary>
internal static class Labels
{
    public static string Id<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => "Strong Hire",
        Verdict.Hire => "Hire",
        Verdict.LeaningNoHire => "Leaning No Hire",
        Verdict.NoHire => "No Hire",
        _ => "Not scored",
    };

    public static string Of(Dimension dimension) => dimension switch
    {
        Dimension.CompetencyFit => "Competency fit",
        _ => dimension.ToString(),
    };

    public static string Of(StarSection section) => section.ToString();
}
