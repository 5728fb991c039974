namespace MockInterviewBot.Core.Interviews.Probes;

/// <summary>A follow-up the engine can ask about any story, for gaps a scenario's own probes do not cover.</summary>
public sealed record GenericProbe(string Id, string Question, string Tests, IReadOnlyList<string> Triggers);

public static class GenericProbes
{
    public static IReadOnlyList<GenericProbe> All { get; } =
    [
        new("generic:you-specifically", "What did *you* specifically do, step by step, as opposed to the team?",
            "individual contribution", ["weDominant", "handsOff"]),
        new("generic:measure", "How did you measure the result? What changed, in numbers, from before to after?",
            "impact and quantification", ["hasQuantifiedResult", "hasMetricDelta", "vagueResult"]),
        new("generic:scope", "Whose job was this originally, and did anyone ask you to take it on?",
            "ownership and scope", ["statesScopeBoundary", "selfInitiated", "assignedByManager"]),
        new("generic:verify", "How did you verify that what you did actually worked?",
            "verification and rigor", ["hasVerification"]),
        new("generic:reflect", "Looking back, what would you do differently in this specific situation, and why?",
            "self-awareness", ["hasReflection", "genericReflection"]),
        new("generic:systemic", "What let this problem happen in the first place, beyond the immediate cause?",
            "systemic thinking", ["systemicReflection"]),
        new("generic:ripple", "Did anything change beyond the immediate result — did others adopt what you did?",
            "second-order impact", ["hasSecondOrderEffect"]),
    ];

    public static GenericProbe? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
