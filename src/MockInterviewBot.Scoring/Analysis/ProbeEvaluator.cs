using MockInterviewBot.Scoring.Rubrics;

namespace MockInterviewBot.Scoring.Analysis;

/// <summary>Scores a follow-up probe answer and decides how it changes the main verdict.</summary>
internal static class ProbeEvaluator
{
    public readonly record struct Outcome(ProbeEffect Effect, bool Weak, bool Disqualifying);

    public static Outcome Evaluate(ProbeAnswer probe, Rubric rubric, AnswerAnalysis story, string? competency)
    {
        if (string.IsNullOrWhiteSpace(probe.Answer))
        {
            return new Outcome(new ProbeEffect { ProbeId = probe.ProbeId, ProbeVerdict = Verdict.NotScored, Note = "No answer to this probe." }, false, false);
        }

        using var analysis = AnswerAnalysis.Analyze(probe.Answer, rubric.Compiled);
        var f = Detectors.Detect(analysis, competency, story);
        var s = f.Signals;
        var topics = Topics(probe, rubric);

        var score = 50;
        var negatives = new List<Evidence>();
        var positives = new List<Evidence>();
        var disqualifying = s.HandsOff || s.AssignedByManager;
        if (s.HandsOff)
        {
            score -= 45;
            negatives.AddRange(f.HandOffEvidence);
        }

        if (s.AssignedByManager)
        {
            score -= 45;
            negatives.AddRange(f.AssignmentEvidence);
        }

        if (f.Assumption)
        {
            score -= 35;
            negatives.AddRange(f.AssumptionEvidence);
        }

        if (s.GenericReflection)
        {
            score -= 30;
            negatives.AddRange(f.GenericEvidence);
        }

        if (f.Blame)
        {
            score -= 30;
            negatives.AddRange(f.BlameEvidence);
        }

        if (s.VagueResult)
        {
            score -= 15;
            negatives.AddRange(f.VagueEvidence);
        }

        if (s.WeDominant)
        {
            score -= 15;
            negatives.AddRange(f.WeEvidence.Take(1));
        }

        if (topics.Count > 0)
        {
            var satisfied = 0;
            foreach (var topic in topics)
            {
                satisfied += Satisfies(topic, f) ? 1 : 0;
            }

            score += ((satisfied * 20) - ((topics.Count - satisfied) * 25)) / topics.Count;
        }

        score += (s.HasVerification ? 10 : 0) + (s.SelfInitiated ? 10 : 0) + (s.StatesScopeBoundary ? 5 : 0)
            + (s.HasQuantifiedResult ? 5 : 0) + (s.HasMetricDelta ? 5 : 0) + (s.SystemicReflection ? 15 : 0)
            + (f.IStatements >= 2 ? 10 : 0) + (s.HasSecondOrderEffect ? 5 : 0) + (f.SpecificReflection && !s.SystemicReflection ? 5 : 0);
        score = Math.Clamp(score, 0, 100);
        positives.AddRange(f.VerificationEvidence.Take(2));
        positives.AddRange(f.InitiativeEvidence.Take(1));
        positives.AddRange(f.SystemicEvidence.Take(1));
        positives.AddRange(f.DeltaEvidence.Take(1));
        positives.AddRange(f.IEvidence.Take(2));

        var verdict = score >= 75 ? Verdict.StrongHire : score >= 55 ? Verdict.Hire : score >= 35 ? Verdict.LeaningNoHire : Verdict.NoHire;
        var weak = disqualifying || verdict <= Verdict.LeaningNoHire;
        string note;
        if (s.HandsOff)
        {
            note = $"This answer confirms a hand-off (\"{f.HandOffEvidence[0].Text}\"): routing the problem is not owning it, so the opening answer is rescored as No Hire.";
        }
        else if (s.AssignedByManager)
        {
            note = $"This answer says the work was assigned (\"{f.AssignmentEvidence[0].Text}\"): a disqualifier for ownership, so the opening answer is rescored as No Hire.";
        }
        else if (weak)
        {
            note = "Weak probe answer (" + WeakWhy(f, topics) + "): it lowers the verdict of the opening answer.";
        }
        else
        {
            note = "Strong probe answer: it backs up the opening answer.";
        }

        var evidence = (weak ? negatives : positives).OrderBy(e => e.Start).ThenBy(e => e.Length).ToList();
        var effect = new ProbeEffect
        {
            ProbeId = probe.ProbeId,
            ProbeVerdict = verdict,
            Note = note,
            Evidence = Distinct(evidence),
            Score = score,
            Signals = s,
        };
        return new Outcome(effect, weak, disqualifying);
    }

    private static List<string> Topics(ProbeAnswer probe, Rubric rubric)
    {
        var topics = new List<string>();
        foreach (var trigger in probe.Triggers)
        {
            if (SignalCatalog.IsKnown(trigger) && !topics.Contains(trigger, StringComparer.Ordinal))
            {
                topics.Add(trigger);
            }
        }

        if (topics.Count > 0 || string.IsNullOrWhiteSpace(probe.Question))
        {
            return topics;
        }

        using var question = AnswerAnalysis.Analyze(probe.Question, rubric.Compiled);
        foreach (var (signal, id) in rubric.Compiled.ProbeTopicIds.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (question.AnyMatch(id) && SignalCatalog.IsKnown(signal))
            {
                topics.Add(signal);
            }
        }

        return topics;
    }

    private static bool Satisfies(string topic, Findings f)
    {
        var s = f.Signals;
        return topic switch
        {
            "weDominant" => !s.WeDominant && f.IStatements >= 2,
            "handsOff" => !s.HandsOff && f.IStatements >= 1,
            "assignedByManager" or "selfInitiated" => s.SelfInitiated && !s.AssignedByManager,
            "statesScopeBoundary" => s.StatesScopeBoundary,
            "hasQuantifiedResult" or "vagueResult" => s.HasQuantifiedResult,
            "hasMetricDelta" => s.HasMetricDelta,
            "hasVerification" => s.HasVerification && !f.Assumption,
            "hasSecondOrderEffect" => s.HasSecondOrderEffect,
            "systemicReflection" => s.SystemicReflection || f.TradeOff,
            _ => s.HasReflection && !s.GenericReflection,
        };
    }

    private static string WeakWhy(Findings f, List<string> topics)
    {
        var s = f.Signals;
        if (f.Assumption)
        {
            return "assumed instead of verified";
        }

        if (s.GenericReflection)
        {
            return "a generic lesson, not tied to this story";
        }

        if (s.VagueResult)
        {
            return "a vague result with no numbers";
        }

        var missing = topics.Where(t => !Satisfies(t, f)).ToList();
        return missing.Count == 0 ? "little concrete evidence" : "it does not show " + string.Join(", ", missing);
    }

    private static List<Evidence> Distinct(List<Evidence> evidence)
    {
        var result = new List<Evidence>();
        foreach (var e in evidence)
        {
            if (result.Count == 0 || result[^1].Start + result[^1].Length <= e.Start)
            {
                result.Add(e);
            }
        }

        return result;
    }
}
