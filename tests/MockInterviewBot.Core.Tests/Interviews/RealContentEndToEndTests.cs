using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Core.Tests.Interviews;

/// <summary>Every mode driven end to end through the engine over the repository's real scenarios.</summary>
public sealed class RealContentEndToEndTests
{
    private const string ScenarioId = "learn-and-be-curious-refund-sql";

    private const string NoNumbersAnswer =
        "I was leading a support team at an online furniture shop when I noticed refunds for damaged deliveries were climbing. " +
        "Reporting was not my team's job, the data team had a long queue, and nobody asked me to look into it. " +
        "I decided to teach myself SQL in the evenings with an online course. I pulled the support tickets and the carrier scan data, " +
        "I joined them in a query and I traced most of the damage to one carrier hub. I checked a sample of tickets by hand to verify the pattern, " +
        "and I took the analysis to the logistics manager with a proposal to reroute through another hub. " +
        "After the change the damage refunds went down a lot and things got better for customers. " +
        "I learned that support data can explain problems far outside support if someone connects it to the rest of the business.";

    private static EngineHarness Harness(InterviewOptions? options = null) =>
        new(RealContent.Catalog, RealContent.Scorer(), options);

    [Fact]
    public void RepositoryScenarios_LoadIntoTheCatalog()
    {
        Assert.True(RealContent.Catalog.All.Count >= 4);
        Assert.NotNull(RealContent.Catalog.Find(ScenarioId));
    }

    [Fact]
    public async Task Practice_NoNumbers_ProbeTargetsImpact_FeedbackNamesMissingElementAndQuotesThem()
    {
        var h = Harness(new InterviewOptions { MaxProbes = 1 });
        var scenario = RealContent.Catalog.Find(ScenarioId)!;

        var start = await h.SayAsync("start amazon learn-and-be-curious");
        Assert.Contains(scenario.Question, EngineHarness.Single(start, ReplyPurpose.Question).FallbackText, StringComparison.Ordinal);

        var sentences = NoNumbersAnswer.Split(". ");
        await h.SayAsync(string.Join(". ", sentences.Take(3)) + ".");
        await h.SayAsync(string.Join(". ", sentences.Skip(3)));
        var afterAnswer = await h.SayAsync("done");

        EngineHarness.Single(afterAnswer, ReplyPurpose.Probe);
        var probe = Assert.Single((await h.ActiveAsync())!.Current!.Probes);
        Assert.Contains(probe.Triggers, t => t is "hasQuantifiedResult" or "hasMetricDelta" or "vagueResult");

        await h.SayAsync("I compared the refund report before and after the reroute and the damaged-delivery refunds were clearly lower.");
        var final = await h.SayAsync("done");

        var feedback = EngineHarness.Single(final, ReplyPurpose.Feedback);
        Assert.Contains("quantified result", feedback.FallbackText, StringComparison.OrdinalIgnoreCase);
        var quotes = feedback.Blocks.OfType<QuoteBlock>().Select(q => q.Text).ToArray();
        Assert.Contains(quotes, q => q.Split(" … ").All(part => NoNumbersAnswer.Contains(part.TrimEnd('…'), StringComparison.Ordinal)));
        Assert.Contains(feedback.Blocks, b => b is ScorecardBlock);
    }

    [Fact]
    public async Task Practice_WeakProbeAnswer_LowersVerdictAndFeedbackSaysSo()
    {
        var h = Harness(new InterviewOptions { MaxProbes = 1 });
        await h.SayAsync($"start practice --scenario {ScenarioId}");
        await h.SayAsync(NoNumbersAnswer);
        await h.SayAsync("done");
        var mainVerdict = (await h.ActiveAsync())!.Current!.Scorecard!.Verdict;

        await h.SayAsync("I sent the logistics manager an email and they handled it from there.");
        var final = await h.SayAsync("done");

        var feedback = EngineHarness.Single(final, ReplyPurpose.Feedback);
        var finalVerdict = (await h.ActiveAsync())!.Current!.Scorecard!.Verdict;
        Assert.True(finalVerdict < mainVerdict, $"expected the probe answer to lower {mainVerdict}, got {finalVerdict}");
        Assert.Contains("lowered the verdict", feedback.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mock_RunsToTheSummaryTable()
    {
        var h = Harness(new InterviewOptions { MaxProbes = 1, MockQuestions = 2 });
        await h.SayAsync("start mock");
        EngineResponse last = EngineResponse.None;
        for (var i = 0; i < 10 && (await h.ActiveAsync()) is not null; i++)
        {
            await h.SayAsync(NoNumbersAnswer);
            last = await h.SayAsync("done");
            if ((await h.ActiveAsync())?.Step == Steps.Probing)
            {
                await h.SayAsync("I owned it myself and checked the refund report every week afterwards.");
                last = await h.SayAsync("done");
            }
        }

        var summary = EngineHarness.Single(last, ReplyPurpose.Summary);
        Assert.Equal(2, Assert.Single(summary.Blocks.OfType<TableBlock>()).Rows.Count);
    }

    [Fact]
    public async Task Drill_RunsEverySectionToAssembledFeedback()
    {
        var h = Harness();
        await h.SayAsync($"start drill --scenario {ScenarioId}");
        var sections = new[]
        {
            "I led a support team and noticed damage refunds climbing for a whole quarter.",
            "Analytics was not my team's job and nobody asked, but I set myself the goal of finding the cause.",
            "I taught myself SQL, I joined tickets to carrier scans and I traced the damage to one hub.",
            "Damage refunds fell from 3.4% to 2.3% of orders, about $19K a month.",
            "I learned that support and logistics data had no shared owner, which is an organizational gap.",
        };

        EngineResponse last = EngineResponse.None;
        foreach (var section in sections)
        {
            await h.SayAsync(section);
            last = await h.SayAsync("done");
        }

        Assert.Equal(2, last.Replies.Count(r => r.Purpose == ReplyPurpose.Feedback));
        Assert.Equal(Steps.Reviewed, (await h.ActiveAsync())!.Step);
    }

    [Fact]
    public async Task Learn_WalksTheRealScenario()
    {
        var h = Harness();
        var scenario = RealContent.Catalog.Find(ScenarioId)!;
        var text = EngineHarness.Text(await h.SayAsync($"start learn --scenario {ScenarioId}"));
        for (var i = 0; i < 10; i++)
        {
            text += EngineHarness.Text(await h.SayAsync("next"));
        }

        Assert.Contains(scenario.Sections[0].StrongExample, text, StringComparison.Ordinal);
        Assert.Contains(scenario.WeakAnswer.RedFlags[0], text, StringComparison.Ordinal);
        Assert.Contains(scenario.Framing[0].LeadWith, text, StringComparison.Ordinal);
        Assert.Null(await h.ActiveAsync());
    }

    [Fact]
    public async Task Quiz_AnswersEveryItemAndReportsScore()
    {
        var h = Harness(new InterviewOptions { QuizItems = 10 });
        await h.SayAsync("start quiz");
        var session = await h.ActiveAsync();
        var count = session!.Quiz.Count;
        Assert.InRange(count, 1, 10);

        EngineResponse last = EngineResponse.None;
        for (var i = 0; i < count; i++)
        {
            var round = (await h.ActiveAsync())!.Quiz.First(r => r.Chosen is null);
            var item = RealContent.Catalog.Find(round.ScenarioId)!.Quiz[round.ItemIndex];
            last = await h.SayAsync(((char)('a' + item.Answer)).ToString());
        }

        Assert.Contains($"{count}/{count} correct", EngineHarness.Single(last, ReplyPurpose.Summary).FallbackText, StringComparison.Ordinal);
    }
}
