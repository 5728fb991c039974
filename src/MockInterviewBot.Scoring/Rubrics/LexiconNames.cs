namespace MockInterviewBot.Scoring.Rubrics;

/// <summary>The lexicons a rubric may define. Word sets hold single words; the others hold phrases.</summary>
public static class LexiconNames
{
    public const string FunctionWords = "functionWords";
    public const string NumberWords = "numberWords";
    public const string Hedges = "hedges";
    public const string ReportingVerbs = "reportingVerbs";
    public const string Negators = "negators";
    public const string ClauseWords = "clauseWords";
    public const string Units = "units";
    public const string QuantityPhrases = "quantityPhrases";
    public const string ChangeVerbs = "changeVerbs";
    public const string MetricDelta = "metricDelta";
    public const string ScopeBoundary = "scopeBoundary";
    public const string SelfInitiation = "selfInitiation";
    public const string Assignment = "assignment";
    public const string HandOff = "handOff";
    public const string Blame = "blame";
    public const string VagueResult = "vagueResult";
    public const string BusinessImpact = "businessImpact";
    public const string SecondOrderEffect = "secondOrderEffect";
    public const string Verification = "verification";
    public const string RootCause = "rootCause";
    public const string Assumption = "assumption";
    public const string GenericReflection = "genericReflection";
    public const string SystemicReflection = "systemicReflection";
    public const string TradeOff = "tradeOff";

    /// <summary>Lexicons of single words (looked up as sets).</summary>
    public static IReadOnlyList<string> WordSets { get; } =
        [FunctionWords, NumberWords, Hedges, ReportingVerbs, Negators, ClauseWords, Units];

    /// <summary>Phrase lexicons whose matches are cancelled by a negation in the same clause.</summary>
    public static IReadOnlyList<string> Negatable { get; } =
        [SelfInitiation, Assignment, HandOff, Blame, VagueResult, SecondOrderEffect, Verification, RootCause, Assumption, GenericReflection, BusinessImpact];

    public static IReadOnlyList<string> Phrases { get; } =
    [
        QuantityPhrases, ChangeVerbs, MetricDelta, ScopeBoundary, SelfInitiation, Assignment, HandOff, Blame, VagueResult,
        BusinessImpact, SecondOrderEffect, Verification, RootCause, Assumption, GenericReflection, SystemicReflection, TradeOff,
    ];

    public static IReadOnlyList<string> All { get; } = [.. WordSets, .. Phrases];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    public static bool IsWordSet(string name) => WordSets.Contains(name, StringComparer.Ordinal);
}
