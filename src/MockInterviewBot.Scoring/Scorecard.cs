namespace MockInterviewBot.Scoring;

/// <summary>An exact span of the person's own text.</summary>
public sealed record Evidence(string Text, int Start, int Length);

public sealed record DimensionScore
{
    public required Dimension Name { get; init; }

    /// <summary>1 (weak) to 4 (strong), the usual structured-interview scale.</summary>
    public required int Rating { get; init; }

    public required string Reason { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

public sealed record SectionFinding
{
    public required StarSection Name { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required int Words { get; init; }
    public required int EstimatedSeconds { get; init; }
    public int? TargetSeconds { get; init; }
}

public sealed record RedFlag
{
    /// <summary>handOff, vagueResult, blame, assignedOwnership, genericReflection, weDominant …</summary>
    public required string Kind { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required string Text { get; init; }
}

/// <summary>The boolean detectors, with exactly the names the product specifies.</summary>
public sealed record Signals
{
    public bool WeDominant { get; init; }
    public bool HasQuantifiedResult { get; init; }
    public bool HasMetricDelta { get; init; }
    public bool StatesScopeBoundary { get; init; }
    public bool SelfInitiated { get; init; }
    public bool AssignedByManager { get; init; }
    public bool HandsOff { get; init; }
    public bool VagueResult { get; init; }
    public bool HasVerification { get; init; }
    public bool HasSecondOrderEffect { get; init; }
    public bool HasReflection { get; init; }
    public bool GenericReflection { get; init; }
    public bool SystemicReflection { get; init; }
}

public sealed record Fix
{
    public required Dimension Dimension { get; init; }
    public required string Coaching { get; init; }
    public required string BetterPhrasing { get; init; }
}

/// <summary>How a probe answer changed the verdict (e.g. it confirmed a hand-off).</summary>
public sealed record ProbeEffect
{
    public required string ProbeId { get; init; }
    public required Verdict ProbeVerdict { get; init; }
    public required string Note { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The probe answer's own score, 0–100 (added by the scoring module).</summary>
    public int Score { get; init; }

    /// <summary>The signals detected in the probe answer itself; evidence spans point into the probe answer.</summary>
    public Signals Signals { get; init; } = new();
}

public sealed record Scorecard
{
    public required int Overall { get; init; }
    public required Verdict Verdict { get; init; }

    /// <summary>Why the answer was not scored (empty, junk, far too short); null when scored.</summary>
    public string? Reason { get; init; }

    public required Level Level { get; init; }
    public required string Framework { get; init; }
    public IReadOnlyList<DimensionScore> Dimensions { get; init; } = [];
    public IReadOnlyList<SectionFinding> Sections { get; init; } = [];
    public IReadOnlyList<RedFlag> RedFlags { get; init; } = [];
    public Signals Signals { get; init; } = new();
    public IReadOnlyList<Fix> Fixes { get; init; } = [];
    public int Words { get; init; }
    public int EstimatedSeconds { get; init; }

    /// <summary>Whole-answer target for the level (about 120 s entry, 150–180 s senior).</summary>
    public int TargetSeconds { get; init; }

    /// <summary>The level calibration note (e.g. why a senior answer stopped at Hire).</summary>
    public string? LevelNote { get; init; }

    public IReadOnlyList<ProbeEffect> ProbeEffects { get; init; } = [];
}
