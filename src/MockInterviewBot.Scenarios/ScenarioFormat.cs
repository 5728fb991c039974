using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Scenarios;

/// <summary>
/// The scenario file format in one place: every object, its camelCase field names and which are required, and the
/// spelling of enum values in YAML. The loader validates against these specs; a test checks the JSON Schema agrees.
/// </summary>
public static class ScenarioFormat
{
    public static ObjectSpec Scenario { get; } = new(
        "scenario",
        [
            new("id", true), new("framework", true), new("competencies", true), new("roles", true),
            new("title", true), new("question", true), new("difficulty", true), new("overview", true),
            new("sections", true), new("reflections", true), new("probes", true), new("weakAnswer", true),
            new("framing", true), new("calibration", true), new("quiz", true),
        ]);

    public static ObjectSpec Section { get; } = new(
        "section",
        [
            new("name", true), new("targetSeconds", true), new("strongExample", true), new("keyPhrases", true),
            new("coaching", true), new("commonMistake", true),
        ]);

    public static ObjectSpec Reflections { get; } = new(
        "reflections",
        [new("entry", true), new("mid", false), new("senior", true)]);

    public static ObjectSpec Probe { get; } = new(
        "probe",
        [
            new("id", true), new("question", true), new("tests", true), new("triggers", true),
            new("weakAnswer", true), new("weakWhy", true), new("strongAnswer", true), new("keyPhrase", true),
        ]);

    public static ObjectSpec WeakAnswer { get; } = new(
        "weakAnswer",
        [new("text", true), new("redFlags", true), new("verdict", true), new("interviewerNote", true)]);

    public static ObjectSpec Framing { get; } = new(
        "framing",
        [new("competency", true), new("leadWith", true), new("emphasize", true), new("downplay", true)]);

    public static ObjectSpec Calibration { get; } = new(
        "calibration",
        [new("level", true), new("focus", true), new("reflection", true), new("bar", true), new("time", true)]);

    public static ObjectSpec QuizItem { get; } = new(
        "quizItem",
        [
            new("question", true), new("difficulty", true), new("choices", true), new("answer", true),
            new("explanation", true),
        ]);

    /// <summary>Every object spec, keyed as in the JSON Schema (<c>$defs</c> names; the root is "scenario").</summary>
    public static IReadOnlyList<ObjectSpec> All { get; } =
        [Scenario, Section, Reflections, Probe, WeakAnswer, Framing, Calibration, QuizItem];

    /// <summary>Minimum counts a complete scenario needs.</summary>
    public const int MinProbes = 3;

    public const int MinFraming = 2;
    public const int MinQuizItems = 5;
    public const int MinChoices = 2;

    /// <summary>Section names in the only order allowed.</summary>
    public static IReadOnlyList<(string Name, StarSection Section)> SectionNames { get; } =
    [
        ("situation", StarSection.Situation), ("task", StarSection.Task), ("action", StarSection.Action),
        ("result", StarSection.Result), ("reflection", StarSection.Reflection),
    ];

    public static IReadOnlyList<(string Name, Difficulty Value)> Difficulties { get; } =
        [("easy", Difficulty.Easy), ("medium", Difficulty.Medium), ("hard", Difficulty.Hard)];

    public static IReadOnlyList<(string Name, Level Value)> Levels { get; } =
        [("entry", Level.Entry), ("mid", Level.Mid), ("senior", Level.Senior)];

    /// <summary>Verdicts an interviewer can give a weak answer (NotScored is not a verdict on content).</summary>
    public static IReadOnlyList<(string Name, Verdict Value)> Verdicts { get; } =
    [
        ("noHire", Verdict.NoHire), ("leaningNoHire", Verdict.LeaningNoHire), ("hire", Verdict.Hire),
        ("strongHire", Verdict.StrongHire),
    ];

    /// <summary>Top-level folders of <c>scenarios/</c> that hold other content and are never loaded as scenarios.</summary>
    public static IReadOnlyList<string> ReservedFolders { get; } = ["rubrics", "schema"];
}

/// <summary>One object of the format: its name and fields in the order authors write them.</summary>
public sealed record ObjectSpec(string Name, IReadOnlyList<FieldSpec> Fields)
{
    public IEnumerable<string> Required => Fields.Where(f => f.Required).Select(f => f.Name);

    public FieldSpec? Find(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

public sealed record FieldSpec(string Name, bool Required);
