using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Core.Tests.Interviews;

public sealed class OtherModesTests
{
    private static ScenarioCatalog ThreeScenarios() => new(
    [
        new ScenarioBuilder().Id("q-1").Question("Question one?").Build(),
        new ScenarioBuilder().Id("q-2").Question("Question two?").Build(),
        new ScenarioBuilder().Id("q-3").Question("Question three?").Build(),
    ]);

    [Fact]
    public async Task Mock_ThreeQuestions_FeedbackOnlyAtEndWithSummaryTable()
    {
        var h = new EngineHarness(ThreeScenarios(), options: new InterviewOptions { MaxProbes = 1 });
        var start = await h.SayAsync("start mock");
        Assert.Contains("question 1 of 3", EngineHarness.Text(start), StringComparison.Ordinal);

        var all = new List<EngineResponse>();
        for (var i = 0; i < 3; i++)
        {
            await h.SayAsync(Answers.NoNumbersPart1);
            await h.SayAsync(Answers.NoNumbersPart2);
            var afterAnswer = await h.SayAsync("done");
            Assert.Single(afterAnswer.Replies, r => r.Purpose == ReplyPurpose.Probe);
            await h.SayAsync("I looked at the support queue afterwards and it was quiet.");
            all.Add(await h.SayAsync("done"));
        }

        Assert.Contains("question 2 of 3", EngineHarness.Text(all[0]), StringComparison.Ordinal);
        Assert.Contains("question 3 of 3", EngineHarness.Text(all[1]), StringComparison.Ordinal);
        Assert.DoesNotContain(all.Take(2).SelectMany(r => r.Replies), r => r.Purpose == ReplyPurpose.Feedback);
        var summary = EngineHarness.Single(all[2], ReplyPurpose.Summary);
        var table = Assert.Single(summary.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(3, all[2].Replies.Count(r => r.Purpose == ReplyPurpose.Feedback));
        var session = (await h.Store.ListByUserAsync(EngineHarness.Key().UserRef, 1, CancellationToken.None))[0];
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal(["q-1", "q-2", "q-3"], session.Questions.Select(q => q.ScenarioId));
    }

    [Fact]
    public async Task Drill_CoachesEachSectionRightAwayThenAssemblesFeedback()
    {
        var h = new EngineHarness();
        var start = await h.SayAsync("start drill");
        Assert.Contains("Section 1 of 5: **Situation** (target about 30 s", EngineHarness.Text(start), StringComparison.Ordinal);

        await h.SayAsync("I was on the billing team when refund emails started failing for some customers, which was not my team.");
        var situation = await h.SayAsync("done");
        Assert.Contains("Situation", EngineHarness.Single(situation, ReplyPurpose.Feedback).FallbackText, StringComparison.Ordinal);
        Assert.Contains("Section 2 of 5: **Task**", EngineHarness.Text(situation), StringComparison.Ordinal);

        await h.SayAsync("My manager suggested I look at it because I had bandwidth that sprint.");
        var task = await h.SayAsync("done");
        var taskCoaching = EngineHarness.Single(task, ReplyPurpose.Feedback).FallbackText;
        Assert.Contains("State the scope boundary", taskCoaching, StringComparison.Ordinal);
        Assert.Contains("Common mistake in Task", taskCoaching, StringComparison.Ordinal);

        await h.SayAsync("I pulled the logs, I traced the bug to retries, I reproduced it locally and I wrote the fix.");
        await h.SayAsync("done");
        await h.SayAsync("Things got better and the team was happy with how it turned out.");
        var result = await h.SayAsync("done");
        Assert.Contains("Quantify it", EngineHarness.Single(result, ReplyPurpose.Feedback).FallbackText, StringComparison.Ordinal);
        await h.SayAsync("I learned to check delivery paths end to end before trusting a dashboard.");

        var final = await h.SayAsync("done");

        Assert.Equal(2, final.Replies.Count(r => r.Purpose == ReplyPurpose.Feedback));
        Assert.Contains(final.Replies, r => r.FallbackText.Contains("Your whole answer, assembled", StringComparison.Ordinal));
        var session = await h.ActiveAsync();
        Assert.Equal(Steps.Reviewed, session!.Step);
        Assert.Equal(5, session.Current!.DrillAnswers.Count);
    }

    [Fact]
    public async Task Learn_NextWalksThroughEveryPage()
    {
        var h = new EngineHarness();
        var pages = new List<string> { EngineHarness.Text(await h.SayAsync("start learn")) };
        for (var i = 0; i < 10; i++)
        {
            pages.Add(EngineHarness.Text(await h.SayAsync("next")));
        }

        Assert.Contains("Overview", pages[0], StringComparison.Ordinal);
        Assert.Contains("silent failure", pages[0], StringComparison.Ordinal);
        Assert.Contains("Strong example", pages[1], StringComparison.Ordinal);
        Assert.Contains("Coaching for Situation", pages[1], StringComparison.Ordinal);
        Assert.Contains("Common mistake in Action", pages[3], StringComparison.Ordinal);
        Assert.Contains("Key phrases: \"I pulled\"", pages[3], StringComparison.Ordinal);
        Assert.Contains("How did you verify the fix worked?", pages[6], StringComparison.Ordinal);
        Assert.Contains("Red flags", pages[7], StringComparison.Ordinal);
        Assert.Contains("Leaning No Hire", pages[7], StringComparison.Ordinal);
        Assert.Contains("Lead with what you learned on your own.", pages[8], StringComparison.Ordinal);
        Assert.Contains("Cross-team influence", pages[9], StringComparison.Ordinal);
        Assert.Contains("Test this pattern", pages[10], StringComparison.Ordinal);
        Assert.Null(await h.ActiveAsync());
    }

    [Fact]
    public async Task Quiz_TestThisPattern_MixesItemsAndReportsScore()
    {
        var h = new EngineHarness(ThreeScenarios(), options: new InterviewOptions { QuizItems = 5 });
        var start = await h.SayAsync("test this pattern");
        Assert.Contains("5 multiple-choice questions", EngineHarness.Text(start), StringComparison.Ordinal);
        var session = await h.ActiveAsync();
        var difficulties = session!.Quiz.Select(r => h.Catalog.Find(r.ScenarioId)!.Quiz[r.ItemIndex].Difficulty).ToArray();
        Assert.Equal([Core.Scenarios.Difficulty.Easy, Core.Scenarios.Difficulty.Medium, Core.Scenarios.Difficulty.Hard, Core.Scenarios.Difficulty.Easy, Core.Scenarios.Difficulty.Medium], difficulties);

        var first = await h.SayAsync("b");
        Assert.Contains("Correct.", EngineHarness.Text(first), StringComparison.Ordinal);
        Assert.Contains("Why: \"I\" statements", EngineHarness.Text(first), StringComparison.Ordinal);
        var second = await h.ClickAsync(ActionIds.QuizChoice, "2");
        Assert.Contains("Not quite", EngineHarness.Text(second), StringComparison.Ordinal);
        await h.SayAsync("c");
        await h.SayAsync("skip");

        var last = await h.SayAsync("a");

        var summary = EngineHarness.Single(last, ReplyPurpose.Summary);
        Assert.Contains("Your score: **3/5 correct**", summary.FallbackText, StringComparison.Ordinal);
        Assert.Null(await h.ActiveAsync());
    }

    [Fact]
    public async Task Quiz_UnrecognisedText_GetsHelpNotSilence()
    {
        var h = new EngineHarness();
        await h.SayAsync("start quiz");

        var response = await h.SayAsync("no idea honestly");

        Assert.Contains("Answer with a letter", EngineHarness.Single(response, ReplyPurpose.Help).FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LearnFinish_PracticeThisQuestionButton_StartsPracticeOnSameScenario()
    {
        var h = new EngineHarness(ThreeScenarios());
        await h.SayAsync("start learn");
        EngineResponse last = EngineResponse.None;
        for (var i = 0; i < 10; i++)
        {
            last = await h.SayAsync("next");
        }

        var args = EngineHarness.ButtonValue(last, ActionIds.Start);
        var response = await h.ClickAsync(ActionIds.Start, args);

        Assert.Contains("Question one?", EngineHarness.Single(response, ReplyPurpose.Question).FallbackText, StringComparison.Ordinal);
        Assert.Equal(InterviewMode.Practice, (await h.ActiveAsync())!.Mode);
    }
}
