namespace MockInterviewBot.Scoring.Rubrics;

/// <summary>Problems the scorer can find; each has coaching in the rubric (<c>coaching:</c>).</summary>
public static class IssueIds
{
    public const string WeDominant = "weDominant";
    public const string HandsOff = "handsOff";
    public const string AssignedByManager = "assignedByManager";
    public const string Blame = "blame";
    public const string NoScopeBoundary = "noScopeBoundary";
    public const string NotSelfInitiated = "notSelfInitiated";
    public const string FewIStatements = "fewIStatements";
    public const string NoQuantifiedResult = "noQuantifiedResult";
    public const string NoMetricDelta = "noMetricDelta";
    public const string VagueResult = "vagueResult";
    public const string NoSecondOrderEffect = "noSecondOrderEffect";
    public const string NoVerification = "noVerification";
    public const string UnverifiedAssumption = "unverifiedAssumption";
    public const string NoReflection = "noReflection";
    public const string GenericReflection = "genericReflection";
    public const string NotSystemic = "notSystemic";
    public const string MissingSections = "missingSections";
    public const string TooLong = "tooLong";
    public const string TooShort = "tooShort";
    public const string LongSituation = "longSituation";
    public const string WeakCompetencyFit = "weakCompetencyFit";

    public static IReadOnlyList<string> All { get; } =
    [
        WeDominant, HandsOff, AssignedByManager, Blame, NoScopeBoundary, NotSelfInitiated, FewIStatements,
        NoQuantifiedResult, NoMetricDelta, VagueResult, NoSecondOrderEffect, NoVerification, UnverifiedAssumption,
        NoReflection, GenericReflection, NotSystemic, MissingSections, TooLong, TooShort, LongSituation, WeakCompetencyFit,
    ];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);
}
