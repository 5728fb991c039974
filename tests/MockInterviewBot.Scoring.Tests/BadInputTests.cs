using System.Diagnostics;
using System.Text;
using MockInterviewBot.Scoring.Tests.Support;

namespace MockInterviewBot.Scoring.Tests;

public sealed class BadInputTests
{
    private static readonly AnswerScorer Scorer = TestRubrics.Scorer();

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>
        {
            { "empty", string.Empty },
            { "1 MB of text", Repeat(SeedText.StrongSenior + "\n\n", 1_000_000) },
            { "control characters", "I\u0000 pulled\u0007 the\u001b[31m logs\u0008 and I traced\u0001 the\u0002 bug.\u0003 " + new string('\u0001', 500) + " It went from 5% to 0%.\r\r\r\f\v" },
            { "emoji only", string.Concat(Enumerable.Repeat("😀🎉👍🏽🔥 ", 2000)) },
            { "10,000 short lines", string.Join("\n", Enumerable.Range(0, 10_000).Select(i => i % 3 == 0 ? "- I fixed it" : "we tried")) },
            { "one 50,000-character word", new string('a', 50_000) },
            { "lone surrogates and symbols", "\ud800 \udc00 ### *** ___ ``` >>> ||| " + new string('\ud83d', 100) },
            { "numbers only", string.Join(" ", Enumerable.Range(0, 5000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%")) },
            { "apostrophes and dashes", string.Concat(Enumerable.Repeat("I'd've ''' ’’’ -- — – n't 's ", 3000)) },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Score_BadInput_ReturnsScorecardWithValidSpans(string name, string text)
    {
        var probe = new ProbeAnswer("p", "How did you verify it?", text.Length > 60_000 ? text[..60_000] : text, []);
        var card = Scorer.Score(new AnswerContext { AnswerText = text, QuestionText = SeedText.Question, ProbeAnswers = [probe] });

        Assert.False(string.IsNullOrEmpty(name));
        Assert.InRange(card.Overall, 0, 100);
        Assert.True(card.Verdict == Verdict.NotScored ? card.Reason is not null : card.Dimensions.Count == 7);
        foreach (var e in card.Dimensions.SelectMany(d => d.Evidence))
        {
            Assert.Equal(text.Substring(e.Start, e.Length), e.Text);
        }

        foreach (var f in card.RedFlags)
        {
            Assert.Equal(text.Substring(f.Start, f.Length), f.Text);
        }

        foreach (var e in card.ProbeEffects.SelectMany(p => p.Evidence))
        {
            Assert.Equal(probe.Answer.Substring(e.Start, e.Length), e.Text);
        }
    }

    [Fact]
    public void Score_EmojiOnlyAndOneHugeWord_AreNotScored()
    {
        Assert.Equal(Verdict.NotScored, Scorer.Score(new AnswerContext { AnswerText = string.Concat(Enumerable.Repeat("😀🎉", 500)) }).Verdict);
        Assert.Equal(Verdict.NotScored, Scorer.Score(new AnswerContext { AnswerText = new string('x', 50_000) }).Verdict);
    }

    public static TheoryData<string> Shapes() => ["prose", "lines", "one sentence", "negations"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Score_WorkGrowsLinearlyWithInputSize(string shape)
    {
        // Deterministic: counts elementary steps (tokens, sentences, pattern-slot comparisons, negation look-backs)
        // instead of timing. Linear work grows ~8x for an 8x input; quadratic work would grow ~64x.
        var small = Varied(shape, 2_000);
        var large = Varied(shape, 16_000);

        var (smallCard, smallWork) = Scorer.ScoreWithWork(new AnswerContext { AnswerText = small, Framework = Frameworks.Amazon, Competency = "ownership" });
        var (largeCard, largeWork) = Scorer.ScoreWithWork(new AnswerContext { AnswerText = large, Framework = Frameworks.Amazon, Competency = "ownership" });

        Assert.NotEqual(Verdict.NotScored, smallCard.Verdict);
        Assert.NotEqual(Verdict.NotScored, largeCard.Verdict);
        var ratio = (double)largeWork / smallWork;
        Assert.InRange(ratio, 6.0, 10.0);
    }

    [Fact]
    public void Score_OneMegabyte_CompletesAndIsBoundedWork()
    {
        var text = Varied("prose", 200_000);
        var (_, work) = Scorer.ScoreWithWork(new AnswerContext { AnswerText = text });

        Assert.True(work < 200 * text.Length, $"work {work} for {text.Length} chars");
    }

    /// <summary>Text with distinct numbers so it is never rejected as repetitive.</summary>
    private static string Varied(string shape, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; sb.Length < words * 6; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"ref{n} id{n} v{n} k{n} ");
            sb.Append(shape switch
            {
                "lines" => $"- I checked service {n} and we fixed it\n",
                "one sentence" => $"and I traced batch {n} to a timeout that was not my team's problem ",
                "negations" => $"I didn't just escalate case {n}, I never assumed it worked and nobody asked me to verify it. ",
                _ => $"I pulled the logs for job {n}, I traced it to a retry bug and the error rate went from {n}% to zero. ",
            });
        }

        return sb.ToString();
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, length);
    }
}
