using System.Globalization;
using MockInterviewBot.Scoring.Rubrics;

namespace MockInterviewBot.Scoring.Analysis;

/// <summary>Rates the seven dimensions 1–4 from findings, with the reason and the evidence.</summary>
internal static class DimensionRater
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static DimensionScore Structure(AnswerAnalysis analysis)
    {
        var present = analysis.Present;
        var star = 0;
        for (var k = 0; k < 4; k++)
        {
            star += present[k] ? 1 : 0;
        }

        var hasAction = present[(int)StarSection.Action];
        var hasResult = present[(int)StarSection.Result];
        var reflection = present[(int)StarSection.Reflection];
        var rating = hasAction && hasResult
            ? (star >= 3 && reflection) || star == 4 ? 4 : star >= 3 || reflection ? 3 : 2
            : hasAction || hasResult ? 2 : 1;
        var found = new List<string>();
        var missing = new List<string>();
        for (var k = 0; k < 5; k++)
        {
            (present[k] ? found : missing).Add(Name((StarSection)k));
        }

        var reason = missing.Count == 0
            ? "All five parts are there: situation, task, action, result and reflection."
            : found.Count == 0
                ? "No STAR structure could be found."
                : $"Found {string.Join(", ", found)}; missing {string.Join(", ", missing)}.";
        var evidence = new List<Evidence>();
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.Label >= 0 && evidence.Count < 5)
            {
                var first = analysis.Tokens[sentence.FirstToken];
                var end = first.End;
                for (var t = sentence.FirstToken; t < sentence.EndToken && analysis.Tokens[t].Has(Text.TokenFlags.Label); t++)
                {
                    end = analysis.Tokens[t].End;
                }

                evidence.Add(new Evidence(analysis.Slice(first.Start, end - first.Start), first.Start, end - first.Start));
            }
        }

        return new DimensionScore { Name = Dimension.Structure, Rating = rating, Reason = reason, Evidence = evidence };
    }

    public static DimensionScore Ownership(Findings f)
    {
        var s = f.Signals;
        var points = (f.IStatements >= 2 ? 1 : 0) + (f.IStatements >= 4 ? 1 : 0) + (s.StatesScopeBoundary ? 1 : 0) + (s.SelfInitiated ? 1 : 0);
        var rating = 1 + Math.Min(3, points);
        var evidence = new List<Evidence>();
        string reason;
        if (s.HandsOff)
        {
            rating = 1;
            reason = "Hand-off language: the problem was routed to someone else rather than owned.";
            evidence.AddRange(f.HandOffEvidence);
        }
        else if (s.AssignedByManager)
        {
            rating = 1;
            reason = "The work was assigned, so the answer shows no self-initiated ownership.";
            evidence.AddRange(f.AssignmentEvidence);
        }
        else if (s.WeDominant)
        {
            rating = Math.Min(rating, 2);
            reason = string.Create(Invariant, $"'We' dominates the action ({f.WeStatements} 'we' vs {f.IStatements} 'I' statements): your own part is hard to see.");
            evidence.AddRange(f.WeEvidence);
        }
        else
        {
            reason = string.Create(Invariant, $"{f.IStatements} 'I' action statement(s)")
                + (s.StatesScopeBoundary ? ", scope boundary stated" : ", no scope boundary")
                + (s.SelfInitiated ? ", self-initiated." : ", initiative not shown.");
            evidence.AddRange(f.IEvidence.Take(3));
            evidence.AddRange(f.ScopeEvidence.Take(2));
            evidence.AddRange(f.InitiativeEvidence.Take(1));
        }

        if (f.Blame)
        {
            rating = Math.Max(1, rating - 1);
            reason += " Blames others.";
            evidence.AddRange(f.BlameEvidence.Take(1));
        }

        return Score(Dimension.Ownership, rating, reason, evidence);
    }

    public static DimensionScore Impact(Findings f)
    {
        var s = f.Signals;
        var points = (s.HasQuantifiedResult ? 1 : 0) + (s.HasMetricDelta ? 1 : 0) + (s.HasSecondOrderEffect ? 1 : 0) + (f.BusinessImpact ? 1 : 0);
        var rating = 1 + Math.Min(3, points);
        var evidence = new List<Evidence>();
        string reason;
        if (s.VagueResult)
        {
            rating = Math.Min(rating, 2);
            reason = "The result is vague (no numbers): the interviewer remembers nothing concrete.";
            evidence.AddRange(f.VagueEvidence.Take(2));
        }
        else
        {
            reason = (s.HasQuantifiedResult ? "Quantified result" : "No quantified result")
                + (s.HasMetricDelta ? ", metric delta" : ", no before/after delta")
                + (f.BusinessImpact ? ", business value" : string.Empty)
                + (s.HasSecondOrderEffect ? ", second-order effect." : ".");
        }

        evidence.AddRange(f.DeltaEvidence.Take(2));
        evidence.AddRange(f.QuantityEvidence.Take(2));
        evidence.AddRange(f.BusinessEvidence.Take(1));
        evidence.AddRange(f.SecondOrderEvidence.Take(1));
        return Score(Dimension.Impact, rating, reason, evidence);
    }

    public static DimensionScore Rigor(Findings f)
    {
        var points = (f.VerificationCount >= 1 ? 1 : 0) + (f.VerificationCount >= 2 ? 1 : 0) + (f.RootCauseCount >= 1 ? 1 : 0);
        var rating = 1 + Math.Min(3, points);
        var evidence = new List<Evidence>();
        string reason;
        if (f.Assumption)
        {
            rating = 1;
            reason = "Assumed it worked instead of verifying it.";
            evidence.AddRange(f.AssumptionEvidence.Take(2));
        }
        else
        {
            reason = string.Create(Invariant, $"{f.VerificationCount} verification step(s)") + (f.RootCauseCount > 0 ? ", root cause traced." : ", no root-cause work shown.");
            evidence.AddRange(f.VerificationEvidence.Take(3));
            evidence.AddRange(f.RootCauseEvidence.Take(2));
        }

        return Score(Dimension.Rigor, rating, reason, evidence);
    }

    public static DimensionScore Reflection(Findings f, Level level)
    {
        var s = f.Signals;
        int rating;
        string reason;
        var evidence = new List<Evidence>();
        if (!s.HasReflection)
        {
            rating = 1;
            reason = "No reflection: say what you learned or would do differently.";
        }
        else if (s.GenericReflection)
        {
            rating = 1;
            reason = "Generic reflection that could close any story.";
            evidence.AddRange(f.GenericEvidence.Take(2));
        }
        else if (s.SystemicReflection)
        {
            rating = 4;
            reason = "Systemic reflection: names the organizational cause beyond the code.";
            evidence.AddRange(f.SystemicEvidence.Take(2));
        }
        else if (f.SpecificReflection)
        {
            rating = level == Level.Entry ? 4 : 3;
            reason = level == Level.Entry
                ? "Specific, story-related reflection (what an entry-level answer needs)."
                : "Specific reflection; at this level also name the systemic or organizational cause.";
            evidence.AddRange(f.ReflectionEvidence.Take(2));
        }
        else
        {
            rating = 2;
            reason = "A reflection, but not tied to the specifics of this story.";
            evidence.AddRange(f.ReflectionEvidence.Take(1));
        }

        if (f.TradeOff && rating < 4 && level != Level.Entry && s.HasReflection && !s.GenericReflection)
        {
            rating++;
            reason += " Articulates a trade-off.";
            evidence.AddRange(f.TradeOffEvidence.Take(1));
        }

        return Score(Dimension.Reflection, rating, reason, evidence);
    }

    public static DimensionScore CompetencyFit(Findings f, string? competency, int questionOverlap, bool hasQuestion, double keyPhraseCoverage, bool hasKeyPhrases, bool competencyKnown)
    {
        if (!competencyKnown && !hasQuestion && !hasKeyPhrases)
        {
            return Score(Dimension.CompetencyFit, 3, "No competency or question to check the answer against.", []);
        }

        var points = 0;
        var parts = new List<string>();
        if (competencyKnown)
        {
            points += f.CompetencyHits >= 3 ? 2 : f.CompetencyHits >= 1 ? 1 : 0;
            parts.Add(string.Create(Invariant, $"{f.CompetencyHits} signal(s) for {competency}"));
        }

        if (hasKeyPhrases)
        {
            points += keyPhraseCoverage >= 0.25 ? 1 : 0;
            parts.Add(string.Create(Invariant, $"{Math.Round(keyPhraseCoverage * 100)}% of the scenario's key phrases"));
        }

        if (hasQuestion)
        {
            points += questionOverlap >= 2 ? 1 : 0;
            parts.Add(questionOverlap >= 2 ? "on the question's topic" : "little overlap with the question");
        }

        var max = (competencyKnown ? 2 : 0) + (hasKeyPhrases ? 1 : 0) + (hasQuestion ? 1 : 0);
        var rating = max >= 3 ? 1 + Math.Min(3, points) : 1 + (int)Math.Round(3.0 * points / Math.Max(1, max));
        return Score(Dimension.CompetencyFit, rating, string.Join("; ", parts) + ".", f.CompetencyEvidence.Take(3).ToList());
    }

    public static DimensionScore Delivery(int estimatedSeconds, LevelRubric level, ScoringParameters p, SectionFinding? situation)
    {
        double ratio = estimatedSeconds < level.MinSeconds
            ? (double)estimatedSeconds / level.MinSeconds
            : estimatedSeconds > level.MaxSeconds ? (double)estimatedSeconds / level.MaxSeconds : 1.0;
        var rating = ratio >= p.DeliveryGoodLow && ratio <= p.DeliveryGoodHigh ? 4
            : ratio >= p.DeliveryFairLow && ratio <= p.DeliveryFairHigh ? 3
            : ratio >= p.DeliveryPoorLow && ratio <= p.DeliveryPoorHigh ? 2 : 1;
        var reason = string.Create(Invariant, $"About {estimatedSeconds} s spoken vs a {level.MinSeconds}–{level.MaxSeconds} s target.");
        if (situation is { TargetSeconds: { } target } && situation.EstimatedSeconds > 2 * target && situation.EstimatedSeconds > 30)
        {
            rating = Math.Max(1, rating - 1);
            reason += string.Create(Invariant, $" The situation alone takes about {situation.EstimatedSeconds} s (target {target} s).");
        }

        return Score(Dimension.Delivery, rating, reason, []);
    }

    public static string Name(StarSection section) => section switch
    {
        StarSection.Situation => "situation",
        StarSection.Task => "task",
        StarSection.Action => "action",
        StarSection.Result => "result",
        _ => "reflection",
    };

    private static DimensionScore Score(Dimension name, int rating, string reason, List<Evidence> evidence)
    {
        var ordered = new List<Evidence>();
        foreach (var e in evidence.OrderBy(e => e.Start).ThenBy(e => e.Length))
        {
            if (ordered.Count == 0 || ordered[^1].Start + ordered[^1].Length <= e.Start)
            {
                ordered.Add(e);
            }
        }

        return new DimensionScore { Name = name, Rating = Math.Clamp(rating, 1, 4), Reason = reason, Evidence = ordered };
    }
}
