using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Probes;

/// <summary>One concerning signal in an answer: a gap worth probing or fixing, with what it means in words.</summary>
public sealed record SignalGap(string Signal, Dimension Dimension, StarSection Section, string Missing);

/// <summary>
/// Reads a scorecard's signals as gaps, weakest first: gaps in the lowest-rated dimension come first, ties broken
/// by how much the gap hurts an interview (hand-off and assigned ownership before a missing second-order effect).
/// </summary>
public static class SignalGaps
{
    // Severity order (index = priority) with the dimension and STAR section each signal belongs to.
    private static readonly (string Signal, Dimension Dimension, StarSection Section, string Missing)[] Table =
    [
        ("handsOff", Dimension.Ownership, StarSection.Action, "follow-through: it sounds handed off (\"I escalated\", \"they handled it\") rather than owned"),
        ("assignedByManager", Dimension.Ownership, StarSection.Task, "self-initiation: it sounds assigned (\"my manager suggested\")"),
        ("weDominant", Dimension.Ownership, StarSection.Action, "your own actions: \"we\" dominates, so the interviewer cannot tell what *you* did"),
        ("hasQuantifiedResult", Dimension.Impact, StarSection.Result, "a quantified result (a number, %, money or time)"),
        ("vagueResult", Dimension.Impact, StarSection.Result, "a concrete outcome instead of \"things got better\""),
        ("statesScopeBoundary", Dimension.Ownership, StarSection.Task, "the scope boundary (whose job it was: \"not my team\", \"no ticket\", \"nobody asked\")"),
        ("hasVerification", Dimension.Rigor, StarSection.Action, "verification: how you confirmed it worked (reproduced, tested, monitored, measured)"),
        ("selfInitiated", Dimension.Ownership, StarSection.Task, "that you took it on yourself"),
        ("hasMetricDelta", Dimension.Impact, StarSection.Result, "a before-and-after metric (\"from 0.3% to zero\")"),
        ("hasReflection", Dimension.Reflection, StarSection.Reflection, "a reflection: what you learned"),
        ("genericReflection", Dimension.Reflection, StarSection.Reflection, "a reflection specific to this story (not \"communication is important\")"),
        ("systemicReflection", Dimension.Reflection, StarSection.Reflection, "a systemic cause beyond the code (the senior bar)"),
        ("hasSecondOrderEffect", Dimension.Impact, StarSection.Result, "a second-order effect (others adopted it, it became a standard)"),
    ];

    /// <summary>Every concerning signal of the answer, weakest first. The systemic-reflection gap only counts for senior.</summary>
    public static IReadOnlyList<SignalGap> Of(Scorecard card)
    {
        var ratings = card.Dimensions.ToDictionary(d => d.Name, d => d.Rating);
        return Table
            .Select((row, index) => (Row: row, Index: index))
            .Where(x => SignalCatalog.IsKnown(x.Row.Signal) && SignalCatalog.IsConcerning(card.Signals, x.Row.Signal))
            .Where(x => x.Row.Signal != "systemicReflection" || card.Level == Level.Senior)
            .Where(x => !Redundant(card.Signals, x.Row.Signal))
            .OrderBy(x => ratings.TryGetValue(x.Row.Dimension, out var rating) ? rating : 5)
            .ThenBy(x => x.Index)
            .Select(x => new SignalGap(x.Row.Signal, x.Row.Dimension, x.Row.Section, x.Row.Missing))
            .ToArray();
    }

    public static string? Describe(string signal) =>
        Array.Find(Table, r => r.Signal == signal).Missing;

    public static StarSection SectionOf(Dimension dimension) => dimension switch
    {
        Dimension.Ownership => StarSection.Action,
        Dimension.Impact => StarSection.Result,
        Dimension.Rigor => StarSection.Action,
        Dimension.Reflection => StarSection.Reflection,
        Dimension.CompetencyFit => StarSection.Task,
        _ => StarSection.Situation,
    };

    // A missing reflection already says everything "generic reflection" or "not systemic" would.
    private static bool Redundant(Signals signals, string signal) => signal switch
    {
        "genericReflection" or "systemicReflection" => !signals.HasReflection,
        "hasMetricDelta" => !signals.HasQuantifiedResult,
        _ => false,
    };
}
