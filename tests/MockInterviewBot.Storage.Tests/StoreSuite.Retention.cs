using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Storage.Maintenance;
using MockInterviewBot.Storage.Tests.Infrastructure;
using MockInterviewBot.TestKit;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    [StoreFact]
    public async Task PurgeAsync_RetentionDays_RemovesOldTranscriptsAndAnswersKeepsScores()
    {
        var now = T0.AddDays(100);
        var old = CompletedSession(Key(user: "old"), T0);
        var active = NewSession(Key(user: "live"), T0);
        AddTurn(active, "recent", "a recent answer", now.AddDays(-1));
        await Store.Sessions.SaveAsync(old, Ct);
        await Store.Sessions.SaveAsync(active, Ct);

        var result = await Store.Purger.PurgeAsync(now, retentionDays: 30, TimeSpan.FromDays(7), Ct);

        Assert.Equal(5, result.TranscriptEntries);
        Assert.Equal(1, result.SessionsRedacted);
        var tenant = new TenantRef(Platforms.Slack, "T1");
        var purged = (await Store.Sessions.GetByIdAsync(tenant, old.Id, Ct))!;
        Assert.Empty(purged.Transcript);
        Assert.Empty(purged.Questions[0].Answer);
        Assert.Empty(purged.Questions[0].Probes[0].Answer);
        Assert.Empty(purged.Questions[0].Scorecard!.Dimensions[0].Evidence);
        Assert.Equal(3, purged.Questions[0].Scorecard!.Overall);
        Assert.Equal(SessionStatus.Completed, purged.Status);
        var live = (await Store.Sessions.GetByIdAsync(tenant, active.Id, Ct))!;
        Assert.Equal(["a recent answer", "Got it. Keep going, or say done."], live.Transcript.Select(t => t.Text));
        Assert.Single(live.Questions[0].Answer);

        var again = await Store.Purger.PurgeAsync(now, retentionDays: 30, TimeSpan.FromDays(7), Ct);
        Assert.Equal(new RetentionResult(0, 0, 0), again);
    }

    [StoreFact]
    public async Task PurgeAsync_RetentionZero_KeepsTranscriptsButPrunesOldEventIds()
    {
        var tenant = new TenantRef(Platforms.Slack, "T1");
        await Store.Sessions.SaveAsync(CompletedSession(Key(), T0), Ct);
        await Store.Processed.TryMarkProcessedAsync(tenant, "old-event", T0, Ct);
        await Store.Processed.TryMarkProcessedAsync(tenant, "new-event", T0.AddDays(364), Ct);

        var result = await Store.Purger.PurgeAsync(T0.AddDays(365), retentionDays: 0, TimeSpan.FromDays(7), Ct);

        Assert.Equal(new RetentionResult(0, 0, 1), result);
        Assert.Equal(4, (await Store.Sessions.ListByUserAsync(Key().UserRef, 1, Ct)).Single().Transcript.Count);
        Assert.True(await Store.Processed.TryMarkProcessedAsync(tenant, "old-event", T0.AddDays(365), Ct));
        Assert.False(await Store.Processed.TryMarkProcessedAsync(tenant, "new-event", T0.AddDays(365), Ct));
    }

    [StoreFact]
    public async Task RetentionService_FakeClockAdvances_PurgesOnSchedule()
    {
        var clock = new ManualTimeProvider(T0.AddDays(40));
        var stack = Backend.CreateStack(clock, s =>
        {
            s["Storage:RetentionDays"] = "30";
            s["Storage:RetentionInterval"] = "01:00:00";
        });
        var session = NewSession(Key(), T0);
        AddTurn(session, "m1", "recent words", T0.AddDays(39));
        await stack.Sessions.SaveAsync(session, Ct);
        var runs = new List<RetentionResult>();
        var firstRun = new TaskCompletionSource<RetentionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var laterPurge = new TaskCompletionSource<RetentionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        stack.Retention.Purged += r =>
        {
            lock (runs)
            {
                runs.Add(r);
                if (!firstRun.TrySetResult(r) && r.TranscriptEntries > 0)
                {
                    laterPurge.TrySetResult(r);
                }
            }
        };

        await stack.Retention.StartAsync(Ct);
        var first = await firstRun.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var afterFirst = (await stack.Sessions.GetActiveAsync(session.Key, Ct))!;
        clock.Advance(TimeSpan.FromDays(31));
        var later = await laterPurge.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stack.Retention.StopAsync(Ct);

        Assert.Equal(1, first.TranscriptEntries);
        Assert.Equal(2, afterFirst.Transcript.Count);
        Assert.Equal(2, later.TranscriptEntries);
        Assert.Empty((await stack.Sessions.GetActiveAsync(session.Key, Ct))!.Transcript);
    }
}
