namespace MockInterviewBot.Scoring;

/// <summary>Scores one behavioral answer. Pure and deterministic: same context in, same scorecard out.</summary>
public interface IAnswerScorer
{
    Scorecard Score(AnswerContext context);
}

/// <summary>Candidate level the answer is judged at.</summary>
public enum Level
{
    Entry,
    Mid,
    Senior,
}

/// <summary>The five STAR(+R) sections.</summary>
public enum StarSection
{
    Situation,
    Task,
    Action,
    Result,
    Reflection,
}

/// <summary>Verdict vocabulary of the seeds, plus NotScored for unusable answers.</summary>
public enum Verdict
{
    NotScored,
    NoHire,
    LeaningNoHire,
    Hire,
    StrongHire,
}

/// <summary>The seven scored dimensions.</summary>
public enum Dimension
{
    Structure,
    Ownership,
    Impact,
    Rigor,
    Reflection,
    CompetencyFit,
    Delivery,
}

/// <summary>Framework ids (they select the rubric). Stored and compared as lower-case strings.</summary>
public static class Frameworks
{
    public const string Amazon = "amazon";
    public const string Meta = "meta";
    public const string Google = "google";
    public const string General = "general";

    public static IReadOnlyList<string> All { get; } = [Amazon, Meta, Google, General];

    public static bool IsKnown(string? framework) =>
        framework is not null && All.Contains(framework, StringComparer.Ordinal);
}

/// <summary>What the scorer needs to know about a scenario (the engine maps its scenario model onto this).</summary>
public sealed record ScoringScenario
{
    public required string Id { get; init; }
    public required string Question { get; init; }
    public IReadOnlyList<string> Competencies { get; init; } = [];
    public IReadOnlyList<SectionTarget> Sections { get; init; } = [];
}

public sealed record SectionTarget(StarSection Section, int TargetSeconds, IReadOnlyList<string> KeyPhrases);

/// <summary>An answer to a follow-up probe. <see cref="Triggers"/> are the signal names the probe tests.</summary>
public sealed record ProbeAnswer(string ProbeId, string Question, string Answer, IReadOnlyList<string> Triggers);

public sealed record AnswerContext
{
    public required string AnswerText { get; init; }

    /// <summary>The scenario when there is one; otherwise <see cref="QuestionText"/> alone.</summary>
    public ScoringScenario? Scenario { get; init; }

    public string? QuestionText { get; init; }

    public Level Level { get; init; } = Level.Mid;

    /// <summary>One of <see cref="Frameworks"/>; selects the rubric.</summary>
    public string Framework { get; init; } = Frameworks.General;

    /// <summary>Competency asked (for competency fit); defaults to the scenario's first competency.</summary>
    public string? Competency { get; init; }

    public IReadOnlyList<ProbeAnswer> ProbeAnswers { get; init; } = [];
}
