using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    [StoreFact]
    public async Task ForgetAsync_PersonWithDataEverywhere_DeletesEveryTableAndReportsCounts()
    {
        var me = Key(user: "U1");
        var neighbour = Key(user: "U2");
        await Store.Sessions.SaveAsync(CompletedSession(me, T0), Ct);
        await Store.Sessions.SaveAsync(NewSession(me with { Channel = "C2" }, T0.AddDays(1)), Ct);
        await Store.Sessions.SaveAsync(CompletedSession(neighbour, T0), Ct);
        await Store.UserSettings.SaveAsync(me.UserRef, new UserSettings { Role = "PM" }, Ct);
        await Store.UserSettings.SaveAsync(neighbour.UserRef, new UserSettings { Role = "SRE" }, Ct);
        await Store.Topics.SaveAsync(new ThreadTopic(me.ThreadRef, "s1", "practice", T0, "U1"), Ct);

        var report = await Store.Eraser.ForgetAsync(me.UserRef, Ct);

        Assert.Equal(2, report.Deleted["sessions"]);
        Assert.Equal(5, report.Deleted["transcripts"]);
        Assert.Equal(1, report.Deleted["settings"]);
        Assert.Equal(1, report.Deleted["threadTopics"]);
        Assert.Equal(9, report.Total);

        var who = new { Platform = me.Platform, Tenant = me.Tenant, User = me.User };
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM sessions WHERE platform = @Platform AND tenant = @Tenant AND user_id = @User", who));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM transcript_entries WHERE platform = @Platform AND tenant = @Tenant AND user_id = @User", who));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM user_settings WHERE platform = @Platform AND tenant = @Tenant AND user_id = @User", who));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM thread_topics WHERE started_by = @User", who));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM sessions WHERE document LIKE '%retry storm%' AND user_id = @User", who));

        Assert.Empty(await Store.Sessions.ListByUserAsync(me.UserRef, 10, Ct));
        Assert.Null(await Store.UserSettings.GetAsync(me.UserRef, Ct));
        Assert.Null((await Store.Topics.GetAsync(me.ThreadRef, Ct))!.StartedBy);

        Assert.Single(await Store.Sessions.ListByUserAsync(neighbour.UserRef, 10, Ct));
        Assert.Equal("SRE", (await Store.UserSettings.GetAsync(neighbour.UserRef, Ct))!.Role);
        Assert.Equal(4, (await Store.Sessions.ListByThreadAsync(neighbour.ThreadRef, Ct)).Single().Transcript.Count);
    }

    [StoreFact]
    public async Task ForgetAsync_UnknownPerson_ReportsNothingDeleted()
    {
        await Store.Sessions.SaveAsync(CompletedSession(Key(user: "U2"), T0), Ct);

        var report = await Store.Eraser.ForgetAsync(Key(user: "nobody").UserRef, Ct);

        Assert.Equal(0, report.Total);
        Assert.Single(await Store.Sessions.ListByUserAsync(Key(user: "U2").UserRef, 10, Ct));
    }
}
