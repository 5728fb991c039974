using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Groups;
using MockInterviewBot.Groups.Schedules;
using MockInterviewBot.Groups.Storage;
using MockInterviewBot.Slack.Tests.Fakes;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Slack.Tests;

/// <summary>The question of the day through the Slack adapter and the fake Slack.</summary>
public sealed class StudyGroupTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        var groupsConfig = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Groups:SchedulerEnabled"] = "false" }).Build();
        _host = await SlackTestHost.StartAsync(_slack, services: s =>
        {
            s.AddSingleton<IScenarioCatalog>(new ScenarioCatalog([new ScenarioBuilder().Id("general-conflict-1").Framework("general").Question("Tell me about a disagreement with a colleague.").Build()]));
            s.AddStudyGroups(groupsConfig);
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task ScheduledQuestion_Due_PostedToChannelAndThreadAnswerReachesEngineInThatThread()
    {
        var now = _host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var channel = new ThreadRef(Platforms.Slack, FakeSlackServer.Team, Payloads.Channel, null);
        await _host.Services.GetRequiredService<IStudyGroupStore>().SaveScheduleAsync(new QuestionSchedule
        {
            Id = "slack-qotd",
            Channel = channel,
            CreatedBy = new UserRef(Platforms.Slack, FakeSlackServer.Team, Payloads.Alice),
            LocalTime = TimeOnly.FromDateTime(now.UtcDateTime.AddMinutes(-1)),
            TimeZoneId = "UTC",
            Days = new HashSet<DayOfWeek>(Enum.GetValues<DayOfWeek>()),
            DigestDay = null,
            CreatedAt = now,
        }, CancellationToken.None);

        ThreadRef? thread = null;
        _host.Services.GetRequiredService<QuestionOfTheDay>().Posted += (_, t) => thread = t;

        var posted = await _host.Services.GetRequiredService<StudyGroupScheduler>().RunOnceAsync(CancellationToken.None);

        Assert.Single(posted);
        var post = Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage");
        Assert.Equal(Payloads.Channel, post.Channel);
        Assert.Null(post.ThreadTs);
        Assert.Contains("disagreement with a colleague", post.BlocksJson, StringComparison.Ordinal);
        var threadTs = thread!.Value.Thread!;
        Assert.Equal("general-conflict-1", (await _host.Store.GetAsync(channel with { Thread = threadTs }, CancellationToken.None))!.ScenarioId);

        var answered = _host.WaitForProcessedAsync(1);
        await _host.PostEventAsync(Payloads.Message("U0FAKEUSR02", "I disagreed with our tech lead about the rollout plan and proposed a canary.", threadTs: threadTs));
        await answered;

        var inbound = Assert.Single(_host.Engine.Events);
        Assert.Equal(new ConversationKey(Platforms.Slack, FakeSlackServer.Team, Payloads.Channel, threadTs, "U0FAKEUSR02"), inbound.Key);
    }
}
