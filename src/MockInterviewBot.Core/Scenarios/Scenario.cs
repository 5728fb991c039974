using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Scenarios;

public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

/// <summary>One behavioral question with everything a coaching walkthrough holds (product.md §5).</summary>
public sealed record Scenario
{
    public required string Id { get; init; }

    /// <summary>amazon, meta, google or general (see <see cref="Frameworks"/>).</summary>
    public required string Framework { get; init; }

    /// <summary>Competency ids, e.g. "learn-and-be-curious", "ownership". The first is the primary one.</summary>
    public required IReadOnlyList<string> Competencies { get; init; }

    /// <summary>Roles the story suits: engineering, product, data, operations, support, design, management.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public required string Title { get; init; }
    public required string Question { get; init; }
    public required Difficulty Difficulty { get; init; }
    public required string Overview { get; init; }

    /// <summary>Exactly the five sections, in STAR order.</summary>
    public required IReadOnlyList<ScenarioSection> Sections { get; init; }

    /// <summary>Model reflections by level (entry and senior at least).</summary>
    public required IReadOnlyDictionary<Level, string> Reflections { get; init; }

    public required IReadOnlyList<ScenarioProbe> Probes { get; init; }
    public required WeakAnswer WeakAnswer { get; init; }
    public required IReadOnlyList<CompetencyFraming> Framing { get; init; }
    public required IReadOnlyList<LevelCalibration> Calibration { get; init; }
    public required IReadOnlyList<QuizItem> Quiz { get; init; }

    /// <summary>Where the scenario was loaded from (relative path), for error messages.</summary>
    public string? SourcePath { get; init; }

    public ScenarioSection Section(StarSection name) => Sections.First(s => s.Name == name);

    /// <summary>The strong example's sections joined: the model answer.</summary>
    public string StrongAnswer => string.Join("\n\n", Sections.Select(s => s.StrongExample));
}

public sealed record ScenarioSection
{
    public required StarSection Name { get; init; }
    public required int TargetSeconds { get; init; }
    public required string StrongExample { get; init; }
    public required IReadOnlyList<string> KeyPhrases { get; init; }
    public required string Coaching { get; init; }
    public required string CommonMistake { get; init; }
}

public sealed record ScenarioProbe
{
    public required string Id { get; init; }
    public required string Question { get; init; }

    /// <summary>What the probe tests, in words ("verification and technical rigor").</summary>
    public required string Tests { get; init; }

    /// <summary>Signal names (see <see cref="SignalCatalog"/>) whose concerning state makes this probe relevant.</summary>
    public required IReadOnlyList<string> Triggers { get; init; }

    public required string WeakAnswer { get; init; }
    public required string WeakWhy { get; init; }
    public required string StrongAnswer { get; init; }
    public required string KeyPhrase { get; init; }
}

public sealed record WeakAnswer
{
    public required string Text { get; init; }
    public required IReadOnlyList<string> RedFlags { get; init; }

    /// <summary>The interviewer's verdict on the weak answer.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>What the interviewer thinks, in one or two sentences.</summary>
    public required string InterviewerNote { get; init; }
}

public sealed record CompetencyFraming
{
    public required string Competency { get; init; }
    public required string LeadWith { get; init; }
    public required string Emphasize { get; init; }
    public required string Downplay { get; init; }
}

public sealed record LevelCalibration
{
    public required Level Level { get; init; }
    public required string Focus { get; init; }
    public required string Reflection { get; init; }
    public required string Bar { get; init; }
    public required string Time { get; init; }
}

public sealed record QuizItem
{
    public required string Question { get; init; }
    public required IReadOnlyList<string> Choices { get; init; }

    /// <summary>Zero-based index into <see cref="Choices"/>.</summary>
    public required int Answer { get; init; }

    public required string Explanation { get; init; }
    public required Difficulty Difficulty { get; init; }
}
