using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Tests.Interviews;

public sealed class PracticeModeTests
{
    [Fact]
    public async Task Start_InDirectMessage_AsksTheScenarioQuestionWithSubmitButton()
    {
        var h = new EngineHarness();

        var response = await h.SayAsync("start");

        var question = EngineHarness.Single(response, ReplyPurpose.Question);
        Assert.Contains("Tell me about a time you taught yourself a skill", question.FallbackText, StringComparison.Ordinal);
        Assert.Equal(response.SessionId, EngineHarness.ButtonValue(response, ActionIds.Submit));
        var session = await h.ActiveAsync();
        Assert.NotNull(session);
        Assert.Equal(InterviewMode.Practice, session.Mode);
        Assert.Equal(Steps.Answering, session.Step);
    }

    [Fact]
    public async Task Done_AnswerWithoutNumbers_ProbeTargetsImpact()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        await h.SayAsync(Answers.NoNumbersPart1);
        await h.SayAsync(Answers.NoNumbersPart2);

        var response = await h.SayAsync("done");

        var probe = EngineHarness.Single(response, ReplyPurpose.Probe);
        Assert.Contains("How did you measure the result", probe.FallbackText, StringComparison.Ordinal);
        var session = await h.ActiveAsync();
        Assert.Equal(Steps.Probing, session!.Step);
        Assert.Equal("generic:measure", Assert.Single(session.Current!.Probes).ProbeId);
    }

    [Fact]
    public async Task FullPractice_FeedbackNamesMissingElementAndQuotesTheirWords()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxProbes = 1 });
        await h.SayAsync("start");
        await h.SayAsync(Answers.NoNumbersPart1);
        await h.SayAsync(Answers.NoNumbersPart2);
        await h.SayAsync("done");
        await h.SayAsync("I checked the mail dashboard and saw that the complaints stopped after the release.");

        var response = await h.SayAsync("done");

        var feedback = EngineHarness.Single(response, ReplyPurpose.Feedback);
        Assert.Equal(ReplyVisibility.Default, feedback.Visibility);
        Assert.Contains("a quantified result", feedback.FallbackText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(feedback.Blocks.OfType<QuoteBlock>(), q => q.Text.Contains("I pulled the delivery logs", StringComparison.Ordinal));
        Assert.Contains(feedback.Blocks, b => b is ScorecardBlock);
        Assert.Contains("Coaching (Result)", feedback.FallbackText, StringComparison.Ordinal);
        Assert.Contains("Common mistake", feedback.FallbackText, StringComparison.Ordinal);
        Assert.Contains("Strong example: Result", feedback.FallbackText, StringComparison.Ordinal);
        Assert.Contains("Time: about", feedback.FallbackText, StringComparison.Ordinal);
        Assert.NotNull(EngineHarness.ButtonValue(response, ActionIds.Next));
        Assert.NotNull(EngineHarness.ButtonValue(response, ActionIds.Retry));
        Assert.NotNull(EngineHarness.ButtonValue(response, ActionIds.End));
        Assert.Equal(Steps.Reviewed, (await h.ActiveAsync())!.Step);
    }

    [Fact]
    public async Task ProbeAnswer_ConfirmsHandOff_LowersVerdictAndSaysSo()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxProbes = 1 });
        await h.SayAsync("start");
        await h.SayAsync(Answers.Strong + " We also shipped it and we were happy.");
        await h.SayAsync("done");
        var session = await h.ActiveAsync();
        Assert.Equal(Steps.Probing, session!.Step);

        await h.SayAsync("Honestly I escalated it to them and they handled it from there.");
        var response = await h.SayAsync("done");

        var feedback = EngineHarness.Single(response, ReplyPurpose.Feedback);
        Assert.Contains("lowered the verdict", feedback.FallbackText, StringComparison.Ordinal);
        Assert.Contains("No Hire", feedback.FallbackText, StringComparison.Ordinal);
        Assert.Contains(feedback.Blocks.OfType<QuoteBlock>(), q => q.Text.Contains("escalated", StringComparison.Ordinal));
        Assert.Equal(Verdict.NoHire, (await h.ActiveAsync())!.Current!.Scorecard!.Verdict);
    }

    [Fact]
    public async Task Done_VeryShortAnswer_GetsNudgeNotVerdict()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        await h.SayAsync("I fixed a bug once.");

        var response = await h.SayAsync("done");

        var nudge = EngineHarness.Single(response, ReplyPurpose.Nudge);
        Assert.Contains("only 5 words", nudge.FallbackText, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Replies, r => r.Purpose == ReplyPurpose.Feedback);
        var session = await h.ActiveAsync();
        Assert.Equal(Steps.Answering, session!.Step);
        Assert.Null(session.Current!.Scorecard);
    }

    [Fact]
    public async Task SubmitButton_WorksLikeDone()
    {
        var h = new EngineHarness();
        var start = await h.SayAsync("start");
        await h.SayAsync(Answers.NoNumbersPart1 + " " + Answers.NoNumbersPart2);

        var response = await h.ClickAsync(ActionIds.Submit, start.SessionId);

        Assert.Single(response.Replies, r => r.Purpose == ReplyPurpose.Probe);
    }

    [Fact]
    public async Task ProbeSelection_NeverRepeatsAndStopsAtMaxProbes()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxProbes = 2 });
        await h.SayAsync("start");
        await h.SayAsync("We noticed refund emails failing and we escalated it. We were happy after they handled it. We learned communication is important, and we moved on to other work after that.");
        await h.SayAsync("done");
        await h.SayAsync("I checked the logs myself and wrote a fix with the team.");
        var second = await h.SayAsync("done");
        Assert.Single(second.Replies, r => r.Purpose == ReplyPurpose.Probe);
        await h.SayAsync("I tested it in staging and it worked fine for everyone.");

        var third = await h.SayAsync("done");

        Assert.Single(third.Replies, r => r.Purpose == ReplyPurpose.Feedback);
        var probes = (await h.ActiveAsync())!.Current!.Probes;
        Assert.Equal(2, probes.Count);
        Assert.Equal(probes.Count, probes.Select(p => p.ProbeId).Distinct().Count());
        Assert.Equal("cross-team", probes[0].ProbeId);
    }

    [Fact]
    public async Task LongSingleMessage_IsSubmittedWithoutDone()
    {
        var h = new EngineHarness(options: new InterviewOptions { AutoSubmitWords = 40 });
        await h.SayAsync("start");

        var response = await h.SayAsync(Answers.NoNumbersPart1 + " " + Answers.NoNumbersPart2);

        Assert.Single(response.Replies, r => r.Purpose == ReplyPurpose.Probe);
    }

    [Fact]
    public async Task NextAndRetry_AfterFeedback_AskNewQuestions()
    {
        var catalog = new Core.Scenarios.ScenarioCatalog(
        [
            new TestKit.ScenarioBuilder().Id("a-1").Question("First question?").Build(),
            new TestKit.ScenarioBuilder().Id("a-2").Question("Second question?").Build(),
        ]);
        var h = new EngineHarness(catalog, options: new InterviewOptions { MaxProbes = 0 });
        var start = await h.SayAsync("start");
        Assert.Contains("First question?", EngineHarness.Text(start), StringComparison.Ordinal);
        await h.SayAsync(Answers.Strong);
        await h.SayAsync("done");

        var next = await h.ClickAsync(ActionIds.Next, start.SessionId);
        Assert.Contains("Second question?", EngineHarness.Text(next), StringComparison.Ordinal);
        await h.SayAsync(Answers.Strong);
        await h.SayAsync("done");
        var retry = await h.SayAsync("retry");

        Assert.Contains("Second question?", EngineHarness.Text(retry), StringComparison.Ordinal);
        Assert.Equal(3, (await h.ActiveAsync())!.Questions.Count);
    }

    [Fact]
    public async Task HintExampleRepeatSkip_AllAnswer()
    {
        var catalog = new Core.Scenarios.ScenarioCatalog(
        [
            new TestKit.ScenarioBuilder().Id("a-1").Question("First question?").Build(),
            new TestKit.ScenarioBuilder().Id("a-2").Question("Second question?").Build(),
        ]);
        var h = new EngineHarness(catalog);
        await h.SayAsync("start");

        var hint = await h.SayAsync("hint");
        var example = await h.SayAsync("example action");
        var repeat = await h.SayAsync("repeat");
        var skip = await h.SayAsync("skip");

        Assert.Contains("Situation", EngineHarness.Single(hint, ReplyPurpose.Hint).FallbackText, StringComparison.Ordinal);
        Assert.Contains("I pulled the mail logs", EngineHarness.Single(example, ReplyPurpose.Example).FallbackText, StringComparison.Ordinal);
        Assert.Contains("First question?", EngineHarness.Text(repeat), StringComparison.Ordinal);
        Assert.Contains("Second question?", EngineHarness.Text(skip), StringComparison.Ordinal);
        Assert.True((await h.ActiveAsync())!.Questions[0].Skipped);
    }

    [Fact]
    public async Task PrivateFeedbackSetting_MakesFeedbackPrivate()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxProbes = 0 });
        await h.SayAsync("settings feedback private");
        await h.SayAsync("start");
        await h.SayAsync(Answers.Strong);

        var response = await h.SayAsync("done");

        Assert.Equal(ReplyVisibility.Private, EngineHarness.Single(response, ReplyPurpose.Feedback).Visibility);
    }
}
