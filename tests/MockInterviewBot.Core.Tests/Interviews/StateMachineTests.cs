using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using Moq;

namespace MockInterviewBot.Core.Tests.Interviews;

public sealed class StateMachineTests
{
    private const string Thread = "1700000000.000100";

    [Fact]
    public async Task End_AbandonsSessionCleanly_NextMessageGetsHelp()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        await h.SayAsync(Answers.NoNumbersPart1);

        var end = await h.SayAsync("end");

        Assert.Contains("Interview ended.", EngineHarness.Text(end), StringComparison.Ordinal);
        Assert.Null(await h.ActiveAsync());
        var stored = (await h.Store.ListByUserAsync(EngineHarness.Key().UserRef, 1, CancellationToken.None))[0];
        Assert.Equal(SessionStatus.Ended, stored.Status);
        Assert.Single(stored.Current!.Answer);
        var after = await h.SayAsync("hello?");
        Assert.Equal(ReplyPurpose.Help, Assert.Single(after.Replies).Purpose);
    }

    [Fact]
    public async Task IdleSession_Expires_NextMessageGetsNoteAndStartButton()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        await h.SayAsync(Answers.NoNumbersPart1);
        h.Clock.Advance(h.Options.IdleTimeout + TimeSpan.FromMinutes(1));

        var response = await h.SayAsync("and then I fixed it");

        var note = Assert.Single(response.Replies);
        Assert.Contains("timed out", note.FallbackText, StringComparison.Ordinal);
        Assert.NotNull(EngineHarness.ButtonValue(response, ActionIds.Start));
        Assert.Null(await h.ActiveAsync());
        var stored = (await h.Store.ListByUserAsync(EngineHarness.Key().UserRef, 1, CancellationToken.None))[0];
        Assert.Equal(SessionStatus.Expired, stored.Status);
        Assert.Single(stored.Current!.Answer);
    }

    [Fact]
    public async Task IdleSession_JustInsideTimeout_StaysActive()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        h.Clock.Advance(h.Options.IdleTimeout - TimeSpan.FromSeconds(1));

        await h.SayAsync(Answers.NoNumbersPart1);

        Assert.Single((await h.ActiveAsync())!.Current!.Answer);
    }

    [Fact]
    public async Task ExpiredSession_StartAfterwards_StartsFreshWithNote()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        h.Clock.Advance(TimeSpan.FromHours(2));

        var response = await h.SayAsync("start");

        Assert.Contains(response.Replies, r => r.FallbackText.Contains("timed out", StringComparison.Ordinal));
        Assert.Contains(response.Replies, r => r.Purpose == ReplyPurpose.Question);
        Assert.Equal(Steps.Answering, (await h.ActiveAsync())!.Step);
    }

    [Fact]
    public async Task TwoUsersInOneThread_EachGetTheirOwnSessionProbesAndFeedback()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxProbes = 1 });
        var start = await h.SayAsync("start", user: "alice", thread: Thread);
        Assert.Single(start.Replies, r => r.Purpose == ReplyPurpose.Question);

        // Bob replies in the thread without a session of his own: he joins with his message as the start of his answer.
        var joined = await h.SayAsync(Answers.NoNumbersPart1, user: "bob", thread: Thread);
        Assert.Contains("You're answering too", EngineHarness.Text(joined), StringComparison.Ordinal);
        await h.SayAsync(Answers.Strong, user: "alice", thread: Thread);
        await h.SayAsync(Answers.NoNumbersPart2, user: "bob", thread: Thread);

        var aliceDone = await h.SayAsync("done", user: "alice", thread: Thread);
        var bobDone = await h.SayAsync("done", user: "bob", thread: Thread);

        var alice = await h.ActiveAsync("alice", Thread);
        var bob = await h.ActiveAsync("bob", Thread);
        Assert.NotEqual(alice!.Id, bob!.Id);
        Assert.Equal(alice.Current!.ScenarioId, bob.Current!.ScenarioId);
        Assert.Single(alice.Current.Answer);
        Assert.Equal(2, bob.Current.Answer.Count);
        Assert.Contains("How did you measure the result", EngineHarness.Text(bobDone), StringComparison.Ordinal);
        Assert.DoesNotContain("How did you measure the result", EngineHarness.Text(aliceDone), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentAnswersInOneThread_AllRecorded()
    {
        var h = new EngineHarness();
        await h.SayAsync("start", user: "alice", thread: Thread);
        await h.SayAsync("start", user: "bob", thread: Thread);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => h.SayAsync($"part {i} of my answer", user: i % 2 == 0 ? "alice" : "bob", thread: Thread))));

        Assert.Equal(5, (await h.ActiveAsync("alice", Thread))!.Current!.Answer.Count);
        Assert.Equal(5, (await h.ActiveAsync("bob", Thread))!.Current!.Answer.Count);
    }

    [Fact]
    public async Task ConcurrencyConflict_ReloadsAndReapplies()
    {
        var store = new InMemoryStore();
        var conflicts = 0;
        var sessions = new Mock<ISessionStore>();
        sessions.Setup(s => s.GetActiveAsync(It.IsAny<ConversationKey>(), It.IsAny<CancellationToken>()))
            .Returns((ConversationKey k, CancellationToken c) => store.GetActiveAsync(k, c));
        sessions.Setup(s => s.ListByUserAsync(It.IsAny<UserRef>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns((UserRef u, int l, CancellationToken c) => store.ListByUserAsync(u, l, c));
        sessions.Setup(s => s.SaveAsync(It.IsAny<InterviewSession>(), It.IsAny<CancellationToken>()))
            .Returns(async (InterviewSession session, CancellationToken c) =>
            {
                if (session.Version == 1 && conflicts++ == 0)
                {
                    // Another replica saves the session first.
                    var other = await store.GetActiveAsync(session.Key, c);
                    other!.Transcript.Add(new TranscriptEntry(other.UpdatedAt, Speaker.Bot, "written elsewhere"));
                    await store.SaveAsync(other, c);
                }

                await store.SaveAsync(session, c);
            });
        var h = new EngineHarness(sessions: sessions.Object);
        var engine = new InterviewEngine(h.Catalog, h.Scorer, sessions.Object, store, store, store, h.Clock, h.Options,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<InterviewEngine>.Instance);
        await engine.HandleAsync(Event("start", "m1"), CancellationToken.None);

        var response = await engine.HandleAsync(Event(Answers.NoNumbersPart1, "m2"), CancellationToken.None);

        Assert.Equal(1, conflicts);
        Assert.NotEmpty(response.Replies);
        var session = await store.GetActiveAsync(EngineHarness.Key(), CancellationToken.None);
        Assert.Single(session!.Current!.Answer);
        Assert.Contains(session.Transcript, t => t.Text == "written elsewhere");
        Assert.Contains("m2", session.HandledMessageIds);
    }

    [Fact]
    public async Task RedeliveredMessage_IsDuplicateWithNoReplies()
    {
        var h = new EngineHarness();
        await h.SayAsync("start", messageId: "s1");
        await h.SayAsync(Answers.NoNumbersPart1, messageId: "a1");

        var again = await h.SayAsync(Answers.NoNumbersPart1, messageId: "a1");
        var startAgain = await h.SayAsync("start", messageId: "s1");

        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
        Assert.True(startAgain.Duplicate);
        Assert.Single((await h.ActiveAsync())!.Current!.Answer);
    }

    [Fact]
    public async Task RedeliveredEnd_AfterSessionEnded_IsStillDuplicate()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        await h.SayAsync("end", messageId: "e1");

        var again = await h.SayAsync("end", messageId: "e1");

        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public async Task EditedMessage_ReplacesThatPartBeforeSubmit()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        await h.SayAsync("first version of my situation", messageId: "p1");
        await h.SayAsync("and my actions", messageId: "p2");

        var edit = await h.EditAsync("p1", "corrected situation");

        Assert.Contains("Updated that part", EngineHarness.Text(edit), StringComparison.Ordinal);
        var answer = (await h.ActiveAsync())!.Current!.Answer;
        Assert.Equal(["corrected situation", "and my actions"], answer.Select(p => p.Text));
    }

    [Fact]
    public async Task DeletedMessage_IsLeftOutOfTheSubmittedAnswer()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");
        await h.SayAsync("oops wrong chat, ignore this", messageId: "p1");
        await h.SayAsync(Answers.NoNumbersPart1 + " " + Answers.NoNumbersPart2, messageId: "p2");

        await h.DeleteAsync("p1");
        await h.SayAsync("done");

        var question = (await h.ActiveAsync())!.Current!;
        Assert.True(question.Answer[0].Deleted);
        Assert.DoesNotContain("wrong chat", AnswerCapture.TextOf(question.Answer), StringComparison.Ordinal);
        Assert.NotNull(question.Scorecard);
    }

    [Fact]
    public async Task OversizeMessage_IsRefusedAndNothingElseLost()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxMessageChars = 100 });
        await h.SayAsync("start");
        await h.SayAsync("a fine first part");

        var response = await h.SayAsync(new string('x', 101));

        Assert.Contains("more than the 100", EngineHarness.Single(response, ReplyPurpose.Error).FallbackText, StringComparison.Ordinal);
        var answer = (await h.ActiveAsync())!.Current!.Answer;
        Assert.Equal(["a fine first part"], answer.Select(p => p.Text));
    }

    [Theory]
    [InlineData("what is this")]
    [InlineData("asdf")]
    [InlineData("done")]
    [InlineData("   ")]
    public async Task UnknownInput_WithoutSession_GetsFriendlyHelp(string text)
    {
        var h = new EngineHarness();

        var response = await h.SayAsync(text);

        var reply = Assert.Single(response.Replies);
        Assert.Equal(ReplyPurpose.Help, reply.Purpose);
        Assert.Contains("start", reply.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInput_AfterFeedback_GetsContextualHelp()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxProbes = 0 });
        await h.SayAsync("start");
        await h.SayAsync(Answers.Strong);
        await h.SayAsync("done");

        var response = await h.SayAsync("what now?");

        Assert.Contains("`next`", EngineHarness.Single(response, ReplyPurpose.Help).FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownButton_GetsHelp()
    {
        var h = new EngineHarness();

        var response = await h.ClickAsync("no_such_action", "x");

        Assert.Equal(ReplyPurpose.Help, Assert.Single(response.Replies).Purpose);
    }

    [Fact]
    public async Task ButtonPressedBySomeoneElse_GetsPrivateAnswerThisToo()
    {
        var h = new EngineHarness();
        var start = await h.SayAsync("start", user: "alice", thread: Thread);

        var response = await h.ClickAsync(ActionIds.Submit, start.SessionId, user: "bob", thread: Thread);

        var reply = Assert.Single(response.Replies);
        Assert.Equal(ReplyVisibility.Private, reply.Visibility);
        Assert.Equal("amazon-learn-1", EngineHarness.ButtonValue(response, ActionIds.AnswerToo));
        Assert.Null(await h.ActiveAsync("bob", Thread));

        var joined = await h.ClickAsync(ActionIds.AnswerToo, "amazon-learn-1", user: "bob", thread: Thread);
        Assert.Contains("taught yourself a skill", EngineHarness.Single(joined, ReplyPurpose.Question).FallbackText, StringComparison.Ordinal);
        Assert.NotNull(await h.ActiveAsync("bob", Thread));
    }

    [Fact]
    public async Task ThreadWithTopic_NewPersonJoinsOnSameScenario()
    {
        var h = new EngineHarness();
        var thread = new ThreadRef(Platforms.Slack, "T1", "C1", Thread);
        await h.Store.SaveAsync(new ThreadTopic(thread, "amazon-learn-1", "practice", h.Clock.GetUtcNow(), null), CancellationToken.None);

        var response = await h.SayAsync("So in my last job I noticed our deploys were failing.", user: "carol", thread: Thread);

        Assert.Contains("You're answering too", EngineHarness.Text(response), StringComparison.Ordinal);
        var session = await h.ActiveAsync("carol", Thread);
        Assert.Equal("amazon-learn-1", session!.Current!.ScenarioId);
        Assert.Single(session.Current.Answer);
    }

    [Fact]
    public async Task ChatAfterOwnInterviewEnded_DoesNotSilentlyStartAnother()
    {
        var h = new EngineHarness();
        await h.SayAsync("start", user: "alice", thread: Thread);
        await h.SayAsync("end", user: "alice", thread: Thread);

        var response = await h.SayAsync("thanks, that was useful", user: "alice", thread: Thread);

        Assert.Equal("amazon-learn-1", EngineHarness.ButtonValue(response, ActionIds.AnswerToo));
        Assert.Null(await h.ActiveAsync("alice", Thread));
    }

    [Fact]
    public async Task SlashCommandWithoutArgs_ShowsMenuWithChoices()
    {
        var h = new EngineHarness();

        var response = await h.SlashAsync("");

        var menu = EngineHarness.Single(response, ReplyPurpose.Menu);
        var choices = menu.Blocks.OfType<ChoiceBlock>().ToArray();
        Assert.Equal([ActionIds.PickMode, ActionIds.PickFramework, ActionIds.PickCompetency, ActionIds.PickLevel], choices.Select(c => c.ActionId));
        Assert.All(choices, c => Assert.InRange(c.Choices.Count, 1, 25));
    }

    [Fact]
    public async Task MenuPicks_AccumulateIntoStartButton()
    {
        var h = new EngineHarness();
        var menu = await h.SlashAsync("");
        var mock = menu.Replies[0].Blocks.OfType<ChoiceBlock>().First(c => c.ActionId == ActionIds.PickMode).Choices.First(c => c.Value == "mock");

        var afterMode = await h.ClickAsync(ActionIds.PickMode, mock.Value);
        var amazon = afterMode.Replies[0].Blocks.OfType<ChoiceBlock>().First(c => c.ActionId == ActionIds.PickFramework).Choices.First(c => c.Label == "Amazon");
        var afterFramework = await h.ClickAsync(ActionIds.PickFramework, amazon.Value);

        Assert.Equal("mock amazon", EngineHarness.ButtonValue(afterFramework, ActionIds.Start));
        var started = await h.ClickAsync(ActionIds.Start, "mock amazon");
        Assert.Equal(InterviewMode.Mock, (await h.ActiveAsync())!.Mode);
        Assert.Contains("Mock round", EngineHarness.Text(started), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommandWithArgs_StartsInAnyOrder()
    {
        var h = new EngineHarness();

        await h.SlashAsync("senior learn-and-be-curious amazon drill --role swe");

        var session = await h.ActiveAsync();
        Assert.Equal(InterviewMode.Drill, session!.Mode);
        Assert.Equal(Scoring.Level.Senior, session.Level);
        Assert.Equal("learn-and-be-curious", session.Competency);
        Assert.Equal("engineering", session.Role);
    }

    [Fact]
    public async Task StartWithUnknownWord_SaysWhichWord()
    {
        var h = new EngineHarness();

        var response = await h.SlashAsync("start practice amazn");

        Assert.Contains("`amazn`", EngineHarness.Text(response), StringComparison.Ordinal);
        Assert.Null(await h.ActiveAsync());
    }

    [Fact]
    public async Task Settings_AreDefaultsForStart()
    {
        var h = new EngineHarness();
        await h.SayAsync("settings level senior");
        await h.SayAsync("settings role pm");

        var shown = await h.SayAsync("settings");
        await h.SayAsync("start");

        Assert.Contains("Level: senior", EngineHarness.Text(shown), StringComparison.Ordinal);
        Assert.Contains("Role: product", EngineHarness.Text(shown), StringComparison.Ordinal);
        var session = await h.ActiveAsync();
        Assert.Equal(Scoring.Level.Senior, session!.Level);
        Assert.Equal("product", session.Role);
    }

    [Fact]
    public async Task Forget_AsksToConfirmThenDeletesAndSaysWhat()
    {
        var h = new EngineHarness();
        await h.SayAsync("settings level senior");
        await h.SayAsync("start");

        var ask = await h.SayAsync("forget");
        Assert.Equal(ButtonStyle.Danger, ask.Replies[0].Blocks.OfType<ActionsBlock>().Single().Buttons.Single().Style);
        Assert.NotNull(await h.ActiveAsync());

        var done = await h.ClickAsync(ActionIds.ForgetConfirm, "confirm");

        Assert.Contains("1 sessions", EngineHarness.Text(done), StringComparison.Ordinal);
        Assert.Contains("1 settings", EngineHarness.Text(done), StringComparison.Ordinal);
        Assert.Null(await h.ActiveAsync());
        Assert.Null(await h.Store.GetAsync(EngineHarness.Key().UserRef, CancellationToken.None));
    }

    [Fact]
    public async Task StatusAndHistory_DescribeWhereYouAreAndPastVerdicts()
    {
        var h = new EngineHarness(options: new InterviewOptions { MaxProbes = 0 });
        var none = await h.SayAsync("status");
        Assert.Contains("No interview running", EngineHarness.Text(none), StringComparison.Ordinal);
        await h.SayAsync("start");
        await h.SayAsync("first part");
        var status = await h.SayAsync("status");
        Assert.Contains("You're answering a practice question", EngineHarness.Text(status), StringComparison.Ordinal);
        await h.SayAsync(Answers.Strong);
        await h.SayAsync("done");

        var history = await h.SayAsync("history");

        var table = history.Replies[0].Blocks.OfType<TableBlock>().Last();
        var row = Assert.Single(table.Rows);
        Assert.Equal("practice", row[2]);
        Assert.Contains("Hire", row[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerStartingWithCommandWord_StaysAnAnswer()
    {
        var h = new EngineHarness();
        await h.SayAsync("start");

        await h.SayAsync("Start of the story: I was on call when the pager went off.");
        await h.SayAsync("Next, I pulled the logs.");

        Assert.Equal(2, (await h.ActiveAsync())!.Current!.Answer.Count);
    }

    [Fact]
    public async Task Messages_AreSavedBeforeScoring()
    {
        var scorer = new Mock<Scoring.IAnswerScorer>();
        var h = new EngineHarness(scorer: scorer.Object, options: new InterviewOptions { AutoSubmitWords = 10 });
        scorer.Setup(s => s.Score(It.IsAny<Scoring.AnswerContext>()))
            .Callback(() => Assert.Single(h.Store.GetActiveAsync(EngineHarness.Key(), CancellationToken.None).Result!.Current!.Answer))
            .Throws(new InvalidOperationException("scorer crashed"));
        await h.SayAsync("start");

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.SayAsync(Answers.NoNumbersPart1));

        Assert.Single((await h.ActiveAsync())!.Current!.Answer);
    }

    private static InboundEvent Event(string text, string id) => new()
    {
        Key = EngineHarness.Key(),
        Kind = InboundKind.Message,
        Text = text,
        MessageId = id,
        Timestamp = DateTimeOffset.UnixEpoch,
    };
}
