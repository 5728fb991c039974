using System.Globalization;
using System.Text.Json;
using MockInterviewBot.Scoring.Tests.Support;

namespace MockInterviewBot.Scoring.Tests;

public sealed class ScorecardJsonTests
{
    private static readonly AnswerScorer Scorer = TestRubrics.Scorer();

    private static Scorecard StrongCard() => Scorer.Score(new AnswerContext
    {
        AnswerText = SeedText.StrongSenior,
        QuestionText = SeedText.Question,
        Level = Level.Senior,
        Framework = Frameworks.Amazon,
        ProbeAnswers = [new ProbeAnswer("p", "How did you verify it?", "I reproduced the failure locally and monitored production metrics.", ["hasVerification"])],
    });

    [Fact]
    public void Serialize_UsesExactCamelCaseNamesAndVerdictValues()
    {
        using var doc = JsonDocument.Parse(ScorecardJson.Serialize(StrongCard()));
        var root = doc.RootElement;

        Assert.Equal("StrongHire", root.GetProperty("verdict").GetString());
        Assert.True(root.GetProperty("overall").GetInt32() is >= 0 and <= 100);
        Assert.Equal("senior", root.GetProperty("level").GetString());
        var dimensions = root.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["structure", "ownership", "impact", "rigor", "reflection", "competencyFit", "delivery"], dimensions);
        var evidence = root.GetProperty("dimensions")[1].GetProperty("evidence")[0];
        Assert.Equal(["text", "start", "length"], evidence.EnumerateObject().Select(p => p.Name));
        var signals = root.GetProperty("signals").EnumerateObject().ToArray();
        Assert.Equal(SignalCatalog.Names, signals.Select(p => p.Name));
        Assert.All(signals, p => Assert.True(p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False));
        Assert.Equal("situation", root.GetProperty("sections")[0].GetProperty("name").GetString());
        Assert.True(root.TryGetProperty("redFlags", out _));
        Assert.True(root.TryGetProperty("fixes", out _));
        Assert.True(root.TryGetProperty("probeEffects", out _));
    }

    [Theory]
    [InlineData(Verdict.StrongHire, "StrongHire")]
    [InlineData(Verdict.Hire, "Hire")]
    [InlineData(Verdict.LeaningNoHire, "LeaningNoHire")]
    [InlineData(Verdict.NoHire, "NoHire")]
    [InlineData(Verdict.NotScored, "NotScored")]
    public void Serialize_Verdict_UsesSeedVocabulary(Verdict verdict, string expected)
    {
        var card = new Scorecard { Overall = 0, Verdict = verdict, Level = Level.Entry, Framework = "general" };

        using var doc = JsonDocument.Parse(ScorecardJson.Serialize(card));

        Assert.Equal(expected, doc.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Deserialize_RoundTripsTheScorecard()
    {
        var json = ScorecardJson.Serialize(StrongCard());

        var back = ScorecardJson.Deserialize(json);

        Assert.NotNull(back);
        Assert.Equal(json, ScorecardJson.Serialize(back));
    }

    [Fact]
    public void Score_RepeatedRunsAndCultures_ProduceIdenticalJson()
    {
        var expected = ScorecardJson.Serialize(StrongCard());
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "de-DE", "ja-JP", "en-US" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                for (var i = 0; i < 3; i++)
                {
                    Assert.Equal(expected, ScorecardJson.Serialize(StrongCard()));
                    Assert.Equal(expected, ScorecardJson.Serialize(TestRubrics.Scorer().Score(new AnswerContext
                    {
                        AnswerText = SeedText.StrongSenior,
                        QuestionText = SeedText.Question,
                        Level = Level.Senior,
                        Framework = Frameworks.Amazon,
                        ProbeAnswers = [new ProbeAnswer("p", "How did you verify it?", "I reproduced the failure locally and monitored production metrics.", ["hasVerification"])],
                    })));
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Fact]
    public void Score_TurkishDottedI_IsHandledTheSameUnderEveryCulture()
    {
        var text = "INVESTIGATING the outage, I PULLED the logs and I TRACED it to a missing retry. NOBODY ASKED me; it was NOT MY TEAM. Errors went from 30 a day to zero. I LEARNED the retry internals.";
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var expected = ScorecardJson.Serialize(Scorer.Score(new AnswerContext { AnswerText = text }));
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            var turkish = ScorecardJson.Serialize(Scorer.Score(new AnswerContext { AnswerText = text }));

            Assert.Equal(expected, turkish);
            Assert.Contains("\"statesScopeBoundary\":true", turkish, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
