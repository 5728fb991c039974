namespace MockInterviewBot.Web.Playground;

/// <summary>A scorecard as the page draws it: spans index into <see cref="AnswerText"/> (UTF-16 code units, like JavaScript strings).</summary>
internal sealed record ScorecardData(
    string Verdict,
    string VerdictLabel,
    int Overall,
    string Level,
    string Framework,
    string? Reason,
    int Words,
    int EstimatedSeconds,
    int TargetSeconds,
    string? LevelNote,
    string AnswerText,
    IReadOnlyList<DimensionData> Dimensions,
    IReadOnlyList<SectionData> Sections,
    IReadOnlyList<RedFlagData> RedFlags,
    IReadOnlyList<FixData> Fixes,
    IReadOnlyList<ProbeEffectData> ProbeEffects);

internal sealed record EvidenceData(string Text, int Start, int Length);

internal sealed record DimensionData(string Name, string Label, int Rating, string Reason, IReadOnlyList<EvidenceData> Evidence);

internal sealed record SectionData(string Name, string Label, int Start, int Length, int Words, int EstimatedSeconds, int? TargetSeconds);

internal sealed record RedFlagData(string Kind, string Text, int Start, int Length);

internal sealed record FixData(string Dimension, string Coaching, string BetterPhrasing);

internal sealed record ProbeEffectData(string ProbeId, string Verdict, string VerdictLabel, string Note);
