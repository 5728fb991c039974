using MockInterviewBot.Scoring.Tests.Support;

namespace MockInterviewBot.Scoring.Tests;

public sealed class AnswerScorerTests
{
    private static readonly AnswerScorer Scorer = TestRubrics.Scorer();

    private static Scorecard Score(string text, Level level = Level.Mid, string framework = Frameworks.Amazon, string? competency = "learn-and-be-curious", IReadOnlyList<ProbeAnswer>? probes = null) =>
        Scorer.Score(new AnswerContext
        {
            AnswerText = text,
            QuestionText = SeedText.Question,
            Level = level,
            Framework = framework,
            Competency = competency,
            ProbeAnswers = probes ?? [],
        });

    [Fact]
    public void Score_SeedStrongAnswer_IsStrongHireWithAllSectionsAndQuotedEvidence()
    {
        var card = Score(SeedText.StrongSenior, Level.Senior);

        Assert.Equal(Verdict.StrongHire, card.Verdict);
        Assert.Equal([StarSection.Situation, StarSection.Task, StarSection.Action, StarSection.Result, StarSection.Reflection], card.Sections.Select(s => s.Name));
        Assert.True(card.Signals.StatesScopeBoundary);
        Assert.True(card.Signals.HasMetricDelta);
        Assert.True(card.Signals.SystemicReflection);
        Assert.False(card.Signals.HandsOff);
        var ownership = card.Dimensions.Single(d => d.Name == Dimension.Ownership);
        Assert.Contains(ownership.Evidence, e => e.Text == "I pulled");
        Assert.Empty(card.RedFlags);
    }

    [Fact]
    public void Score_SeedWeakAnswer_IsLeaningNoHireWithHandOffAndGenericReflectionFlags()
    {
        var card = Score(SeedText.Weak, Level.Senior);

        Assert.Equal(Verdict.LeaningNoHire, card.Verdict);
        Assert.True(card.Signals.HandsOff);
        Assert.True(card.Signals.GenericReflection);
        Assert.False(card.Signals.HasQuantifiedResult);
        Assert.Contains(card.RedFlags, f => f.Kind == RedFlagKinds.HandOff && f.Text.StartsWith("I told the Platform team", StringComparison.Ordinal));
        Assert.Contains(card.RedFlags, f => f.Kind == RedFlagKinds.GenericReflection && f.Text == "communication is important");
        Assert.Equal(2, card.Fixes.Count);
        Assert.Equal(Dimension.Ownership, card.Fixes[0].Dimension);
    }

    [Fact]
    public void Score_StrongAnswer_OutscoresWeakAnswer()
    {
        Assert.True(Score(SeedText.StrongSenior).Overall > Score(SeedText.Weak).Overall + 40);
    }

    [Fact]
    public void Score_HandOffConfirmedByProbe_RescoresAsNoHire()
    {
        var probe = new ProbeAnswer("cross-team", "How did you ensure the Platform team accepted and deployed your fix?", "I did escalate it - I sent them a Slack message and they handled it.", ["handsOff"]);
        var withoutProbe = Score(SeedText.Weak);
        var card = Score(SeedText.Weak, probes: [probe]);

        Assert.Equal(Verdict.NoHire, card.Verdict);
        Assert.True(card.Overall < withoutProbe.Overall);
        var effect = Assert.Single(card.ProbeEffects);
        Assert.True(effect.Signals.HandsOff);
        Assert.Contains("No Hire", effect.Note, StringComparison.Ordinal);
        Assert.All(effect.Evidence, e => Assert.Equal(probe.Answer.Substring(e.Start, e.Length), e.Text));
    }

    [Fact]
    public void Score_StrongProbeAnswer_DoesNotLowerVerdict()
    {
        var probe = new ProbeAnswer("verify", "How did you verify that your fix actually eliminated the webhook drop rate?", "I reproduced the failure locally before the fix and monitored production metrics after deployment, confirming the drop rate went from 0.3% to zero over two weeks.", []);
        var card = Score(SeedText.StrongSenior, Level.Senior, probes: [probe]);

        Assert.Equal(Verdict.StrongHire, card.Verdict);
        Assert.True(card.ProbeEffects[0].Score >= 75);
    }

    [Theory]
    [InlineData("My manager suggested I look into this since I had bandwidth.", "assignedByManager")]
    [InlineData("I assumed the fix worked because the code looked correct.", "hasVerification")]
    [InlineData("I would communicate more with the team.", "genericReflection")]
    public void Score_WeakProbeAnswer_LowersVerdict(string answer, string trigger)
    {
        var baseline = Score(SeedText.StrongSenior, Level.Senior);
        var card = Score(SeedText.StrongSenior, Level.Senior, probes: [new ProbeAnswer("p1", "Follow-up question?", answer, [trigger])]);

        Assert.True(card.Verdict < baseline.Verdict);
        Assert.True(card.ProbeEffects[0].ProbeVerdict <= Verdict.LeaningNoHire);
    }

    [Fact]
    public void Score_NegatedHandOff_IsNotAHandOff()
    {
        var text = "I didn't just escalate it to the Platform team. I pulled the delivery logs myself, traced the failure to a missing retry, and I wrote the fix. I tested it locally and the drop rate went from 0.3% to zero.";
        var card = Score(text);

        Assert.False(card.Signals.HandsOff);
        Assert.True(card.Signals.HasVerification);
    }

    [Fact]
    public void Score_ReportedSpeech_IsNotOwnership()
    {
        var text = "They said we should roll it back. My lead told me we would handle it together. They said we could ship it next sprint. I pulled the logs and I traced the failure to a missing retry. The error rate went from 2% to 0.1%.";
        var card = Score(text);

        Assert.False(card.Signals.WeDominant);
    }

    [Fact]
    public void Score_WeHeavyAnswer_IsWeDominantAndCannotBeStrongHire()
    {
        var text = "Our checkout page was slow. We looked at the traces and we figured out the root cause together. We rewrote the query and we added an index. We tested it in staging and we rolled it out. Latency went from 900 ms to 200 ms. I learned that profiling first saves time on query work.";
        var card = Score(text);

        Assert.True(card.Signals.WeDominant);
        Assert.NotEqual(Verdict.StrongHire, card.Verdict);
        Assert.Contains(card.RedFlags, f => f.Kind == RedFlagKinds.WeDominant);
    }

    [Fact]
    public void Score_ContractionsAndCurlyQuotes_AreMatched()
    {
        var text = "It wasn’t my team’s service and there was no ticket, but I’d seen the alerts pile up for weeks. I decided to act: I traced the failures to a bad timeout and I shipped a fix. I monitored the dashboard afterwards and errors went from 40 a day to zero.";
        var card = Score(text);

        Assert.True(card.Signals.StatesScopeBoundary);
        Assert.True(card.Signals.SelfInitiated);
        Assert.True(card.Signals.HasMetricDelta);
        Assert.Contains(card.Dimensions.SelectMany(d => d.Evidence), e => e.Text == "wasn’t my team");
    }

    [Fact]
    public void Score_MarkdownLabelsAndBullets_FindSections()
    {
        var text = "**Situation:** Our nightly import job failed twice a week and nobody owned it.\n\n" +
                   "**Task:** I wanted to make it reliable even though it was not my team's job.\n\n" +
                   "**Action:**\n- I read the job logs for a month.\n- I found a race between two writers.\n- I added a lock and a retry.\n\n" +
                   "**Result:** Failures went from two a week to zero for three months.\n\n" +
                   "**Reflection:** I realized the real gap was that no team owned shared batch jobs, so I proposed an owner rotation.";
        var card = Score(text);

        Assert.Equal([StarSection.Situation, StarSection.Task, StarSection.Action, StarSection.Result, StarSection.Reflection], card.Sections.Select(s => s.Name));
        Assert.Contains(card.Dimensions.Single(d => d.Name == Dimension.Structure).Evidence, e => e.Text == "Situation");
        Assert.True(card.Signals.HasMetricDelta);
    }

    [Fact]
    public void Score_SeniorWithoutSystemicReflection_StopsAtHire_EntryDoesNot()
    {
        var text = SeedText.StrongSenior.Replace(
            "I realized the real root cause was the lack of a shared webhook reliability SLO across teams, creating zero shared visibility into payment health - an organizational gap beyond code.",
            "I learned how retry logic works in webhook delivery and how to debug delivery failures from the logs effectively.",
            StringComparison.Ordinal);
        var senior = Score(text, Level.Senior);
        var entry = Score(text, Level.Entry);

        Assert.False(senior.Signals.SystemicReflection);
        Assert.Equal(Verdict.Hire, senior.Verdict);
        Assert.Contains("systemic", senior.LevelNote, StringComparison.Ordinal);
        Assert.Equal(Verdict.StrongHire, entry.Verdict);
        Assert.Equal(4, entry.Dimensions.Single(d => d.Name == Dimension.Reflection).Rating);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("I fixed it.")]
    [InlineData("asdf qwer zxcv asdf qwer zxcv asdf qwer zxcv asdf qwer zxcv asdf qwer zxcv asdf qwer zxcv asdf qwer")]
    [InlineData("😀😀😀 🎉🎉🎉 👍👍")]
    public void Score_EmptyOrJunk_IsNotScoredWithReason(string text)
    {
        var card = Score(text);

        Assert.Equal(Verdict.NotScored, card.Verdict);
        Assert.False(string.IsNullOrWhiteSpace(card.Reason));
        Assert.Empty(card.Dimensions);
    }

    [Fact]
    public void Score_Evidence_IsAlwaysAnExactSpanOfTheAnswer()
    {
        var card = Score(SeedText.StrongSenior);

        foreach (var evidence in card.Dimensions.SelectMany(d => d.Evidence))
        {
            Assert.Equal(SeedText.StrongSenior.Substring(evidence.Start, evidence.Length), evidence.Text);
        }

        foreach (var section in card.Sections)
        {
            Assert.InRange(section.Start + section.Length, 1, SeedText.StrongSenior.Length);
        }
    }

    [Fact]
    public void Score_WordsPerMinute_ChangesEstimatedSeconds()
    {
        var slow = TestRubrics.Scorer(100).Score(new AnswerContext { AnswerText = SeedText.StrongSenior });
        var fast = TestRubrics.Scorer(200).Score(new AnswerContext { AnswerText = SeedText.StrongSenior });

        Assert.Equal(slow.Words, fast.Words);
        Assert.Equal(2 * fast.EstimatedSeconds, slow.EstimatedSeconds, tolerance: 1);
    }

    [Fact]
    public void Score_ScenarioSectionTargets_AreUsed()
    {
        var scenario = new ScoringScenario
        {
            Id = "amazon-webhook",
            Question = SeedText.Question,
            Competencies = ["learn-and-be-curious"],
            Sections = [new SectionTarget(StarSection.Situation, 45, ["not my team", "no ticket"]), new SectionTarget(StarSection.Action, 100, ["I traced"])],
        };
        var card = Scorer.Score(new AnswerContext { AnswerText = SeedText.StrongSenior, Scenario = scenario, Framework = Frameworks.Amazon });

        Assert.Equal(45, card.Sections.Single(s => s.Name == StarSection.Situation).TargetSeconds);
        Assert.Equal(100, card.Sections.Single(s => s.Name == StarSection.Action).TargetSeconds);
        Assert.Equal(20, card.Sections.Single(s => s.Name == StarSection.Task).TargetSeconds);
    }
}
