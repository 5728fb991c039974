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

    [Fact]
    public void Score_TimeGrowsLinearlyWithInputSize()
    {
        // Robust against noise: take the fastest of several runs at each size and allow a wide margin.
        // Quadratic work would make the 8x input take ~64x as long; linear work takes ~8x.
        var small = Repeat(SeedText.StrongSenior + "\n\n", 25_000);
        var large = Repeat(SeedText.StrongSenior + "\n\n", 200_000);
        Scorer.Score(new AnswerContext { AnswerText = small });
        var tSmall = Fastest(small);
        var tLarge = Fastest(large);

        var ratio = tLarge / Math.Max(tSmall, 1e-6);
        Assert.True(ratio < 24, $"8x input took {ratio:F1}x as long ({tSmall * 1000:F2} ms -> {tLarge * 1000:F2} ms)");
    }

    [Fact]
    public void Score_ManyShortLinesAndSentences_GrowLinearly()
    {
        static string Lines(int n) => string.Join("\n", Enumerable.Range(0, n).Select(i => $"- I checked item {i.ToString(System.Globalization.CultureInfo.InvariantCulture)} and we fixed it."));
        var small = Lines(1_250);
        var large = Lines(10_000);
        Scorer.Score(new AnswerContext { AnswerText = small });
        var ratio = Fastest(large) / Math.Max(Fastest(small), 1e-6);

        Assert.True(ratio < 24, $"8x lines took {ratio:F1}x as long");
    }

    private static double Fastest(string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            Scorer.Score(new AnswerContext { AnswerText = text, QuestionText = SeedText.Question, Framework = Frameworks.Amazon, Competency = "ownership" });
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
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
