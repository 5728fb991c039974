namespace MockInterviewBot.Scoring.Rubrics;

/// <summary>
/// The plain data of one framework's rubric (what <c>scenarios/rubrics/*.yaml</c> holds after the base file and
/// the framework file are merged). <see cref="Rubric"/> compiles it.
/// </summary>
public sealed class RubricDefinition
{
    public string Framework { get; set; } = "base";

    public Dictionary<string, List<string>> Lexicons { get; } = new(StringComparer.Ordinal);

    /// <summary>Competency signal lexicons keyed by canonical competency id (e.g. "learn-and-be-curious").</summary>
    public Dictionary<string, List<string>> Competencies { get; } = new(StringComparer.Ordinal);

    public Dictionary<StarSection, SectionRubric> Sections { get; } = [];

    public Dictionary<Dimension, double> Weights { get; } = [];

    public Dictionary<Level, LevelRubric> Levels { get; } = [];

    /// <summary>Coaching keyed by issue id (see <see cref="IssueIds"/>).</summary>
    public Dictionary<string, CoachingEntry> Coaching { get; } = new(StringComparer.Ordinal);

    public List<VerdictCap> Caps { get; } = [];

    /// <summary>Words in a probe question that tell which signal it tests, keyed by signal name.</summary>
    public Dictionary<string, List<string>> ProbeTopics { get; } = new(StringComparer.Ordinal);

    public ScoringParameters Parameters { get; set; } = new();

    public RubricDefinition Clone()
    {
        var copy = new RubricDefinition { Framework = Framework, Parameters = Parameters };
        foreach (var (k, v) in Lexicons)
        {
            copy.Lexicons[k] = [.. v];
        }

        foreach (var (k, v) in Competencies)
        {
            copy.Competencies[k] = [.. v];
        }

        foreach (var (k, v) in Sections)
        {
            copy.Sections[k] = new SectionRubric { TargetSeconds = v.TargetSeconds, Labels = [.. v.Labels], Cues = [.. v.Cues] };
        }

        foreach (var (k, v) in Weights)
        {
            copy.Weights[k] = v;
        }

        foreach (var (k, v) in Levels)
        {
            copy.Levels[k] = v;
        }

        foreach (var (k, v) in Coaching)
        {
            copy.Coaching[k] = v;
        }

        copy.Caps.AddRange(Caps);
        foreach (var (k, v) in ProbeTopics)
        {
            copy.ProbeTopics[k] = [.. v];
        }

        return copy;
    }
}

public sealed class SectionRubric
{
    public int TargetSeconds { get; set; }

    /// <summary>Labels people write in front of a section ("Situation:", "**Result**", "What I learned:").</summary>
    public List<string> Labels { get; init; } = [];

    /// <summary>Phrases that suggest a sentence belongs to this section when there are no labels.</summary>
    public List<string> Cues { get; init; } = [];
}

public sealed record VerdictThresholds(int StrongHire, int Hire, int LeaningNoHire);

/// <summary>Per-level settings: verdict thresholds on the 0–100 overall, whole-answer time range, calibration.</summary>
public sealed record LevelRubric(VerdictThresholds Thresholds, int MinSeconds, int MaxSeconds, bool RequireSystemicReflection);

public sealed record CoachingEntry(Dimension Dimension, string Coaching, string BetterPhrasing);

/// <summary>When <see cref="Signal"/> (a signal or red-flag kind) is present, the verdict is at most <see cref="Max"/>.</summary>
public sealed record VerdictCap(string Signal, Verdict Max, IReadOnlyList<string> Competencies);

public sealed record ScoringParameters
{
    /// <summary>Fewer words than this is "far too short": NotScored.</summary>
    public int MinWords { get; init; } = 20;

    /// <summary>Share of function words (the, I, to …) below which the text is treated as junk.</summary>
    public double MinFunctionWordRatio { get; init; } = 0.08;

    /// <summary>"We" is dominant when we / (I + we) in action statements exceeds this.</summary>
    public double WeDominanceRatio { get; init; } = 0.5;

    public int MinWeStatements { get; init; } = 2;

    /// <summary>Distinct story words a reflection must reuse to count as specific.</summary>
    public int SpecificReflectionOverlap { get; init; } = 2;

    /// <summary>Points a weak probe answer takes off the overall.</summary>
    public int ProbeWeakPenalty { get; init; } = 8;

    /// <summary>Points a disqualifying probe answer (confirms a hand-off, assignment) takes off.</summary>
    public int ProbeDisqualifierPenalty { get; init; } = 20;

    /// <summary>Delivery rating bands: estimated time as a multiple of the level's range.</summary>
    public double DeliveryGoodLow { get; init; } = 0.6;

    public double DeliveryGoodHigh { get; init; } = 1.25;
    public double DeliveryFairLow { get; init; } = 0.4;
    public double DeliveryFairHigh { get; init; } = 1.6;
    public double DeliveryPoorLow { get; init; } = 0.25;
    public double DeliveryPoorHigh { get; init; } = 2.2;
}
