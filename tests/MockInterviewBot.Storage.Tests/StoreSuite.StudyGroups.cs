using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups;
using MockInterviewBot.Groups.Schedules;
using MockInterviewBot.Groups.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using MockInterviewBot.TestKit;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    private static readonly ThreadRef StudyChannel = new(Platforms.Slack, "T1", "C0STUDY", null);

    private static QuestionSchedule StudySchedule(string id = "sched-1") => new()
    {
        Id = id,
        Channel = StudyChannel,
        CreatedBy = new UserRef(Platforms.Slack, "T1", "UADMIN"),
        LocalTime = new TimeOnly(9, 0),
        TimeZoneId = "Europe/Berlin",
        Days = new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Wednesday },
        Framework = "amazon",
        Competency = "ownership",
        DigestDay = DayOfWeek.Friday,
        DigestTime = new TimeOnly(16, 30),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_772_000_000_000),
    };

    [StoreFact]
    public async Task StudyGroupStore_SaveReplaceDelete_OneSchedulePerChannel()
    {
        var store = Store.Services.GetRequiredService<IStudyGroupStore>();

        await store.SaveScheduleAsync(StudySchedule("first"), Ct);
        await store.SaveScheduleAsync(StudySchedule("second") with { DigestDay = null }, Ct);
        var loaded = await store.GetScheduleAsync(StudyChannel, Ct);
        var all = await store.ListSchedulesAsync(Ct);
        var deleted = await store.DeleteScheduleAsync(StudyChannel, Ct);

        Assert.Equal(StudySchedule("second") with { DigestDay = null, Days = loaded!.Days }, loaded);
        Assert.True(loaded.Days.SetEquals([DayOfWeek.Monday, DayOfWeek.Wednesday]));
        Assert.Single(all);
        Assert.True(deleted);
        Assert.Null(await store.GetScheduleAsync(StudyChannel, Ct));
    }

    [StoreFact]
    public async Task StudyGroupStore_ClaimSameRunTwice_SecondFailsAndReleaseAllowsRetry()
    {
        var store = Store.Services.GetRequiredService<IStudyGroupStore>();
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_772_000_000_000);

        var first = await store.TryClaimRunAsync("s1", "qotd:2026-03-02", "a", TimeSpan.FromMinutes(2), now, Ct);
        var again = await store.TryClaimRunAsync("s1", "qotd:2026-03-02", "a", TimeSpan.FromMinutes(2), now, Ct);
        var otherOwnerWhileLeased = await store.TryClaimRunAsync("s1", "qotd:2026-03-04", "b", TimeSpan.FromMinutes(2), now, Ct);
        await store.ReleaseRunAsync("s1", "qotd:2026-03-02", Ct);
        var retried = await store.TryClaimRunAsync("s1", "qotd:2026-03-02", "a", TimeSpan.FromMinutes(2), now, Ct);

        Assert.Equal((true, false, false, true), (first, again, otherOwnerWhileLeased, retried));
    }

    [StoreFact]
    public async Task StudyGroupScheduler_TwoReplicasAtOnce_QuestionPostedOnce()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2026-03-02T08:00:30Z", System.Globalization.CultureInfo.InvariantCulture));
        var messenger = new InMemoryOutboundMessenger(Platforms.Slack);
        var catalog = new ScenarioCatalog([new ScenarioBuilder().Id("amazon-ownership-1").Framework("amazon").Competencies("ownership").Build()]);
        await Store.Services.GetRequiredService<IStudyGroupStore>().SaveScheduleAsync(StudySchedule(), Ct);
        StudyGroupScheduler Replica(StorageStack stack) => new(
            stack.Services.GetRequiredService<IStudyGroupStore>(),
            new QuestionOfTheDay(catalog, new OutboundMessengers([messenger]), stack.Topics, clock),
            new OutboundMessengers([messenger]),
            stack.Services.GetRequiredService<IChannelSessionQuery>(),
            catalog,
            Options.Create(new GroupsOptions()),
            clock,
            NullLogger<StudyGroupScheduler>.Instance,
            stack.Tenants);
        await using var second = Backend.CreateStack();
        var replicas = new[] { Replica(Store), Replica(second) };

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(replicas.Select(r => Task.Run(() => r.RunOnceAsync(Ct))));
            clock.Advance(TimeSpan.FromSeconds(30));
        }

        var post = Assert.Single(messenger.Records);
        Assert.Equal(StudyChannel, post.Thread);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM group_runs WHERE run_key = 'qotd:2026-03-02'"));
        Assert.NotNull(await Store.Topics.GetAsync(StudyChannel with { Thread = "m1" }, Ct));
    }

    [StoreFact]
    public async Task ChannelSessionQuery_SessionsOfChannelSince_OldestFirstOtherChannelsExcluded()
    {
        var query = Store.Services.GetRequiredService<IChannelSessionQuery>();
        var inChannel = NewSession(new ConversationKey(Platforms.Slack, "T1", "C0STUDY", "1.1", "U1"));
        var elsewhere = NewSession(new ConversationKey(Platforms.Slack, "T1", "C0OTHER", null, "U1"));
        await Store.Sessions.SaveAsync(inChannel, Ct);
        await Store.Sessions.SaveAsync(elsewhere, Ct);

        var found = await query.ListByChannelAsync(StudyChannel, inChannel.CreatedAt.AddMinutes(-1), 10, Ct);
        var none = await query.ListByChannelAsync(StudyChannel, inChannel.CreatedAt.AddMinutes(1), 10, Ct);

        Assert.Equal([inChannel.Id], found.Select(s => s.Id));
        Assert.Empty(none);
    }
}
