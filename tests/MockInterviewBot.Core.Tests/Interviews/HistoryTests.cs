using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.History;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Core.Tests.Interviews;

public sealed class HistoryTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sparkline_FromRatings_MapsOneToFourOntoLowToHighBlocks()
    {
        Assert.Equal("▁▃▆█", Sparkline.FromRatings([1, 2, 3, 4]));
    }

    [Fact]
    public void Sparkline_FromScores_ClampsAndScalesZeroToHundred()
    {
        Assert.Equal("▁▁▅██", Sparkline.FromScores([-5, 0, 50, 100, 140]));
    }

    [Fact]
    public void ProgressReport_FromSessions_OrdersAnswersAndFindsWeakestAndImprovement()
    {
        var sessions = new[]
        {
            Session("s2", Day0.AddDays(1), Card(60, ownership: 2, impact: 4)),
            Session("s1", Day0, Card(40, ownership: 1, impact: 3)),
            Session("s3", Day0.AddDays(2), Card(80, ownership: 2, impact: 4)),
            Session("s4", Day0.AddDays(3), Card(90, ownership: 3, impact: 4)),
        };

        var report = ProgressReport.From(sessions);

        Assert.Equal(["s1", "s2", "s3", "s4"], report.Answers.Select(a => a.Session.Id));
        Assert.Equal(Dimension.Ownership, report.Weakest!.Dimension);
        Assert.Equal([1, 2, 2, 3], report.Trends.Single(t => t.Dimension == Dimension.Ownership).Ratings);
        Assert.Equal(85 - 50, report.Improvement);
        Assert.True(report.Trends.Single(t => t.Dimension == Dimension.Ownership).Change > 0);
    }

    [Fact]
    public void ProgressReport_NotScoredAnswers_AreLeftOut()
    {
        var unscored = Card(0, 1, 1) with { Verdict = Verdict.NotScored };

        var report = ProgressReport.From([Session("s1", Day0, unscored)]);

        Assert.Empty(report.Answers);
        Assert.Null(report.Weakest);
        Assert.Null(report.Improvement);
    }

    [Fact]
    public void DrillSuggester_WeakOwnership_PicksAnOwnershipQuestionInTheFrameworkNotPractisedLately()
    {
        var catalog = new ScenarioCatalog(
        [
            new ScenarioBuilder().Id("amazon-own-1").Framework(Frameworks.Amazon).Competencies("ownership").Build(),
            new ScenarioBuilder().Id("amazon-own-2").Framework(Frameworks.Amazon).Competencies("ownership").Build(),
            new ScenarioBuilder().Id("meta-own-1").Framework(Frameworks.Meta).Competencies("be-bold").Build(),
            new ScenarioBuilder().Id("amazon-dive").Framework(Frameworks.Amazon).Competencies("dive-deep").Build(),
        ]);

        var suggestion = DrillSuggester.Suggest(Dimension.Ownership, catalog, Frameworks.Amazon, ["amazon-own-1"]);

        Assert.NotNull(suggestion);
        Assert.Equal("amazon-own-2", suggestion.Scenario.Id);
        Assert.Equal(InterviewMode.Practice, suggestion.Mode);
        Assert.Equal("practice amazon-own-2", suggestion.StartArgs);
    }

    [Fact]
    public void DrillSuggester_WeakStructure_SuggestsTheStarDrill()
    {
        var catalog = new ScenarioCatalog([new ScenarioBuilder().Id("amazon-dive").Competencies("dive-deep").Build()]);

        var suggestion = DrillSuggester.Suggest(Dimension.Structure, catalog, null, []);

        Assert.Equal(InterviewMode.Drill, suggestion!.Mode);
        Assert.StartsWith("drill ", suggestion.StartArgs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_AfterScoredAnswers_ShowsSparklinesWeakestDimensionAndADrillToCopy()
    {
        var h = Harness();
        await PractiseAsync(h, Answers.NoNumbersPart1 + " " + Answers.NoNumbersPart2);
        await PractiseAsync(h, Answers.Strong);

        var history = await h.SayAsync("history");

        var reply = Assert.Single(history.Replies);
        Assert.Equal(ReplyVisibility.Private, reply.Visibility);
        var trends = reply.Blocks.OfType<TableBlock>().First();
        Assert.Equal("Trend", trends.Headers[1]);
        var impact = trends.Rows.Single(r => r[0] == "Impact");
        Assert.Equal("▁█", impact[1]);
        Assert.Contains("improving", impact[3], StringComparison.Ordinal);
        Assert.All(trends.Rows, r => Assert.Matches("^[▁▂▃▄▅▆▇█]+$", r[1]));
        var text = EngineHarness.Text(history);
        Assert.Contains("Weakest lately:", text, StringComparison.Ordinal);
        Assert.Contains("/mock start ", text, StringComparison.Ordinal);
        var drill = EngineHarness.ButtonValue(history, ActionIds.Start);
        Assert.NotNull(drill);
        Assert.Contains(drill, text, StringComparison.Ordinal);
        var sessions = reply.Blocks.OfType<TableBlock>().Last();
        Assert.Equal(["1", "2"], sessions.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task HistoryReplay_ByNumber_ShowsQuestionAnswerAndVerdictInOrder()
    {
        var h = Harness();
        await PractiseAsync(h, Answers.Strong);

        var replay = await h.SayAsync("history replay 1");

        var reply = Assert.Single(replay.Replies);
        Assert.Equal(ReplyVisibility.Private, reply.Visibility);
        var quote = Assert.Single(reply.Blocks.OfType<QuoteBlock>());
        Assert.Equal(Answers.Strong, quote.Text);
        var text = reply.FallbackText;
        var question = text.IndexOf("**Question 1.**", StringComparison.Ordinal);
        var verdict = text.IndexOf("**Verdict:", StringComparison.Ordinal);
        Assert.True(question >= 0 && verdict > question, text);
    }

    [Fact]
    public async Task HistoryReplay_Button_ReplaysOwnSessionButNotSomeoneElses()
    {
        var h = Harness();
        await PractiseAsync(h, Answers.Strong);
        var history = await h.SayAsync("history");
        var sessionId = EngineHarness.ButtonValue(history, ActionIds.HistoryReplay);
        Assert.NotNull(sessionId);

        var own = await h.ClickAsync(ActionIds.HistoryReplay, sessionId);
        var other = await h.ClickAsync(ActionIds.HistoryReplay, sessionId, user: "U2");

        Assert.Contains(Answers.Strong, EngineHarness.Text(own), StringComparison.Ordinal);
        Assert.DoesNotContain(Answers.Strong, EngineHarness.Text(other), StringComparison.Ordinal);
        Assert.Contains("isn't in your history", EngineHarness.Text(other), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryReplay_OutOfRange_SaysWhichNumbersExist()
    {
        var h = Harness();
        await PractiseAsync(h, Answers.Strong);

        var replay = await h.SlashAsync("history replay 7");

        Assert.Contains("between 1 and 1", EngineHarness.Text(replay), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_Empty_InvitesToStart()
    {
        var h = Harness();

        var history = await h.SlashAsync("history");

        Assert.Contains("No sessions yet", EngineHarness.Text(history), StringComparison.Ordinal);
        Assert.NotNull(EngineHarness.ButtonValue(history, ActionIds.Start));
    }

    private static EngineHarness Harness() => new(
        catalog: new ScenarioCatalog(
        [
            new ScenarioBuilder().Id("amazon-learn-1").Build(),
            new ScenarioBuilder().Id("amazon-results-1").Competencies("deliver-results").Build(),
            new ScenarioBuilder().Id("amazon-dive-1").Competencies("dive-deep").Build(),
            new ScenarioBuilder().Id("general-failure-1").Framework(Frameworks.General).Competencies("failure").Build(),
        ]),
        options: new InterviewOptions { MaxProbes = 0 });

    private static async Task PractiseAsync(EngineHarness h, string answer)
    {
        await h.SayAsync("start practice amazon-learn-1");
        await h.SayAsync(answer);
        await h.SayAsync("done");
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.SayAsync("end");
        h.Clock.Advance(TimeSpan.FromHours(1));
    }

    private static InterviewSession Session(string id, DateTimeOffset at, Scorecard card) => new()
    {
        Id = id,
        Key = new ConversationKey(Platforms.Slack, "T1", "D1", null, "U1"),
        Mode = InterviewMode.Practice,
        CreatedAt = at,
        UpdatedAt = at,
        Questions =
        [
            new QuestionRecord
            {
                ScenarioId = "x",
                QuestionText = "Q",
                Answer = [new AnswerPart { MessageId = id, Text = "answer", At = at.AddMinutes(3) }],
                Scorecard = card,
            },
        ],
    };

    private static Scorecard Card(int overall, int ownership, int impact) => new()
    {
        Overall = overall,
        Verdict = Verdict.Hire,
        Level = Level.Mid,
        Framework = Frameworks.Amazon,
        Dimensions =
        [
            new DimensionScore { Name = Dimension.Ownership, Rating = ownership, Reason = "r" },
            new DimensionScore { Name = Dimension.Impact, Rating = impact, Reason = "r" },
        ],
    };
}
