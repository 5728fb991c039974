using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.Groups;
using MockInterviewBot.Groups.Schedules;
using MockInterviewBot.Groups.Storage;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

/// <summary>The question of the day in a guild channel through the Discord adapter and the fake Discord.</summary>
public sealed class StudyGroupTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.Parse("2026-03-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly ScriptedEngine _engine = new();
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task ScheduledQuestion_GuildChannelsEnabled_PostedWithThreadAndAnswersThereReachEngine()
    {
        var groupsConfig = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Groups:SchedulerEnabled"] = "false" }).Build();
        await using var host = await DiscordTestHost.StartAsync(_fake, _engine, _clock, new Dictionary<string, string?> { ["Discord:GuildChannels"] = "true" }, s =>
        {
            s.AddSingleton<IThreadTopicStore>(sp => sp.GetRequiredService<InMemoryStore>());
            s.AddSingleton<IScenarioCatalog>(new ScenarioCatalog([new ScenarioBuilder().Id("general-conflict-1").Framework("general").Question("Tell me about a disagreement with a colleague.").Build()]));
            s.AddStudyGroups(groupsConfig);
        });
        await host.State.WaitReadyAsync();
        var channel = new ThreadRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.GuildChannel, null);
        await host.Services.GetRequiredService<IStudyGroupStore>().SaveScheduleAsync(new QuestionSchedule
        {
            Id = "discord-qotd",
            Channel = channel,
            CreatedBy = new UserRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.UserId),
            LocalTime = new TimeOnly(9, 0),
            TimeZoneId = "Europe/Berlin",
            Days = new HashSet<DayOfWeek> { DayOfWeek.Monday },
            DigestDay = null,
            CreatedAt = _clock.GetUtcNow(),
        }, CancellationToken.None);
        ThreadRef? thread = null;
        host.Services.GetRequiredService<QuestionOfTheDay>().Posted += (_, t) => thread = t;

        var posted = await host.Services.GetRequiredService<StudyGroupScheduler>().RunOnceAsync(CancellationToken.None);

        Assert.Single(posted);
        Assert.Contains("disagreement with a colleague", Assert.Single(_fake.CallsTo("POST", $"channels/{FakeDiscord.GuildChannel}/messages"), c => c.Path.EndsWith("/messages", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        var threadId = thread!.Value.Thread!;
        Assert.NotNull(await host.Services.GetRequiredService<IThreadTopicStore>().GetAsync(channel with { Thread = threadId }, CancellationToken.None));

        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.GuildMessage("1480928853491851701", threadId, "I disagreed with the release plan and proposed a canary"));
        await _engine.Changed.WaitUntilAsync(() => _engine.Events.Count >= 1, "thread answer reached the engine");

        Assert.Equal(new ConversationKey(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.GuildChannel, threadId, FakeDiscord.UserId), _engine.Events[0].Key);
    }
}
