using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Groups.Tests;

public sealed class SchedulerTests
{
    private static DateTimeOffset Utc(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task RunOnceAsync_AtNineBerlinOnMonday_PostsOnceAndSavesThreadTopic()
    {
        var h = new GroupHarness(Utc("2026-03-02T07:59:00Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(framework: "amazon"), CancellationToken.None);
        var scheduler = h.Scheduler();

        Assert.Empty(await scheduler.RunOnceAsync(CancellationToken.None));
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var posted = await scheduler.RunOnceAsync(CancellationToken.None);
        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var again = await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Single(posted);
        Assert.Empty(again);
        var post = Assert.Single(h.Messenger.Records);
        Assert.Equal(GroupHarness.Channel, post.Thread);
        Assert.Contains("Question of the day", post.Reply.FallbackText, StringComparison.Ordinal);
        var topic = await h.Store.GetAsync(GroupHarness.Channel with { Thread = "m1" }, CancellationToken.None);
        Assert.StartsWith("amazon-ownership-", topic!.ScenarioId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_WeekOfDays_PostsOnWeekdaysOnlyWithDifferentQuestions()
    {
        var h = new GroupHarness(Utc("2026-03-02T08:00:00Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(framework: "amazon"), CancellationToken.None);
        var scheduler = h.Scheduler();

        for (var day = 0; day < 7; day++)
        {
            await scheduler.RunOnceAsync(CancellationToken.None);
            h.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(5, h.Messenger.Records.Count);
        var first = h.Messenger.Records[0].Reply.FallbackText;
        Assert.NotEqual(first, h.Messenger.Records[1].Reply.FallbackText);
    }

    [Fact]
    public async Task RunOnceAsync_SpringForwardDay_PostsAtThreeLocalForTwoThirtySchedule()
    {
        var h = new GroupHarness(Utc("2026-03-29T00:59:00Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(time: "02:30", days: "daily"), CancellationToken.None);
        var scheduler = h.Scheduler();

        Assert.Empty(await scheduler.RunOnceAsync(CancellationToken.None));
        h.Clock.Advance(TimeSpan.FromMinutes(1)); // 01:00 UTC = 03:00 CEST
        Assert.Single(await scheduler.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_FallBackDay_PostsOnceForTheRepeatedHour()
    {
        var h = new GroupHarness(Utc("2026-10-25T00:00:00Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(time: "02:30", days: "daily"), CancellationToken.None);
        var scheduler = h.Scheduler();

        for (var i = 0; i < 8; i++)
        {
            await scheduler.RunOnceAsync(CancellationToken.None);
            h.Clock.Advance(TimeSpan.FromMinutes(15));
        }

        Assert.Single(h.Messenger.Records);
    }

    [Fact]
    public async Task RunOnceAsync_TwoZonesSameLocalTime_EachPostsAtItsOwnInstant()
    {
        var h = new GroupHarness(Utc("2026-03-02T00:00:00Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(zone: "Asia/Tokyo") with { Channel = GroupHarness.Channel with { Channel = "C0TOKYO" } }, CancellationToken.None);
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(zone: "America/New_York") with { Channel = GroupHarness.Channel with { Channel = "C0NYC" } }, CancellationToken.None);
        var scheduler = h.Scheduler();

        await scheduler.RunOnceAsync(CancellationToken.None); // 09:00 Tokyo
        var afterTokyo = h.Messenger.Records.Select(r => r.Thread.Channel).ToArray();
        h.Clock.SetUtcNow(Utc("2026-03-02T14:00:00Z")); // 09:00 New York (EST)
        await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Equal(["C0TOKYO"], afterTokyo);
        Assert.Equal(["C0TOKYO", "C0NYC"], h.Messenger.Records.Select(r => r.Thread.Channel));
    }

    [Fact]
    public async Task RunOnceAsync_TwoSchedulersSameStore_PostOnlyOnce()
    {
        var h = new GroupHarness(Utc("2026-03-02T08:00:00Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(), CancellationToken.None);
        var a = h.Scheduler();
        var b = h.Scheduler();

        var results = await Task.WhenAll(a.RunOnceAsync(CancellationToken.None), b.RunOnceAsync(CancellationToken.None));
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await Task.WhenAll(a.RunOnceAsync(CancellationToken.None), b.RunOnceAsync(CancellationToken.None));

        Assert.Equal(1, results.Sum(r => r.Count));
        Assert.Single(h.Messenger.Records);
    }

    [Fact]
    public async Task ExecuteAsync_TimerTicks_PostsWhenClockReachesScheduledTime()
    {
        var h = new GroupHarness(Utc("2026-03-02T07:59:50Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(), CancellationToken.None);
        var scheduler = h.Scheduler(new GroupsOptions { TickInterval = TimeSpan.FromSeconds(30) });
        var firstTick = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.Ticked += keys =>
        {
            firstTick.TrySetResult();
            if (keys.Count > 0)
            {
                posted.TrySetResult();
            }
        };

        await scheduler.StartAsync(CancellationToken.None);
        await firstTick.Task.WaitAsync(TimeSpan.FromSeconds(10));
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        await posted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Single(h.Messenger.Records);
    }

    [Fact]
    public async Task PostedQuestion_MembersAnswerInThread_EachGetsOwnSessionOnThatQuestion()
    {
        var h = new GroupHarness(Utc("2026-03-02T08:00:00Z"));
        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(framework: "general"), CancellationToken.None);
        await h.Scheduler().RunOnceAsync(CancellationToken.None);
        var thread = GroupHarness.Channel with { Thread = "m1" };
        var scorer = new Mock<IAnswerScorer>();
        scorer.Setup(s => s.Score(It.IsAny<AnswerContext>())).Returns(new Scorecard { Overall = 3, Verdict = Verdict.Hire, Level = Level.Mid, Framework = "general" });
        var engine = new InterviewEngine(h.Catalog, scorer.Object, h.Store, h.Store, h.Store, h.Store, h.Clock, new InterviewOptions(), NullLogger<InterviewEngine>.Instance);
        var answer = "I noticed the deploy checklist was skipped, so on my own I wrote a script that checks it and we cut failed deploys from 9 to 2 a month; I learned to verify before I trust a process.";

        foreach (var user in new[] { "U1", "U2" })
        {
            await engine.HandleAsync(new InboundEvent
            {
                Key = new ConversationKey(Platforms.Slack, "T1", thread.Channel, thread.Thread, user),
                Kind = InboundKind.Message,
                Text = answer,
                MessageId = "msg-" + user,
                Timestamp = h.Clock.GetUtcNow(),
            }, CancellationToken.None);
        }

        var sessions = await h.Store.ListByThreadAsync(thread, CancellationToken.None);
        Assert.Equal(["U1", "U2"], sessions.Select(s => s.Key.User).Order());
        Assert.All(sessions, s => Assert.Equal("general-conflict-1", s.Questions[0].ScenarioId));
    }
}
