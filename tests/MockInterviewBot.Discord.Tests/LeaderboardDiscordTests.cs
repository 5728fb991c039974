using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.Groups.Leaderboard;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

/// <summary>The leaderboard through the fake Discord: in a guild channel for everyone, in a DM your own streaks.</summary>
public sealed class LeaderboardDiscordTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore _store = new();
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;
    private int _processed;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        var catalog = new ScenarioCatalog([new ScenarioBuilder().Id("amazon-own-1").Build()]);
        var leaderboard = new LeaderboardCommand(_store, _store, _clock, Options.Create(new LeaderboardOptions()));
        var engine = new InterviewEngine(catalog, new Moq.Mock<IAnswerScorer>().Object, _store, _store, _store, _store, _clock, new InterviewOptions(),
            NullLogger<InterviewEngine>.Instance, [leaderboard]);
        _host = await DiscordTestHost.StartAsync(_fake, engine, _clock, new Dictionary<string, string?> { ["Discord:GuildChannels"] = "true" }, services =>
        {
            services.AddSingleton(_store);
            services.AddSingleton<ISessionStore>(_store);
            services.AddSingleton<IProcessedEventStore>(_store);
        });
        _host.Dispatcher.Processed += _ => Interlocked.Increment(ref _processed);
        await _host.State.WaitReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private async Task SeedAsync(string tenant, string user, int daysAgo, int overall)
    {
        var at = _clock.GetUtcNow().AddDays(-daysAgo);
        await _store.SaveAsync(new InterviewSession
        {
            Id = $"{user}-{daysAgo}",
            Key = new ConversationKey(Platforms.Discord, tenant, FakeDiscord.GuildChannel, "t" + daysAgo, user),
            Mode = InterviewMode.Practice,
            CreatedAt = at,
            UpdatedAt = at,
            Status = SessionStatus.Completed,
            Questions =
            [
                new QuestionRecord
                {
                    ScenarioId = "amazon-own-1",
                    QuestionText = "Q",
                    Answer = [new AnswerPart { MessageId = "a" + daysAgo, Text = "answer", At = at }],
                    Scorecard = new Scorecard { Overall = overall, Verdict = Verdict.Hire, Level = Level.Mid, Framework = Frameworks.Amazon },
                },
            ],
        }, default);
    }

    private async Task<IReadOnlyList<RestCall>> SlashAsync(string id, string sub, string? guildChannel, Dictionary<string, string>? options = null)
    {
        var before = _fake.Calls.Count;
        var processed = Volatile.Read(ref _processed);
        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand(id, sub, options, guildChannel));
        await _fake.Changed.WaitUntilAsync(() => Volatile.Read(ref _processed) > processed, "engine handled the command");
        await _fake.Changed.WaitUntilAsync(() => Text(_fake.Calls.Skip(before)).Contains("leaderboard", StringComparison.OrdinalIgnoreCase)
            || Text(_fake.Calls.Skip(before)).Contains("streaks", StringComparison.OrdinalIgnoreCase), "reply delivered");
        return _fake.Calls.Skip(before).ToArray();
    }

    /// <summary>Request bodies with JSON escapes (\u003C…) undone.</summary>
    private static string Text(IEnumerable<RestCall> calls) =>
        string.Join("\n", calls.Where(c => c.Status is > 0 and < 300).Select(c => System.Text.RegularExpressions.Regex.Unescape(c.Body)));

    [Fact]
    public async Task Leaderboard_InGuildChannel_NamesOptedInPractiserWithoutPingingAndLeavesOthersOut()
    {
        await SeedAsync(FakeDiscord.GuildId, FakeDiscord.UserId, 1, 50);
        await SeedAsync(FakeDiscord.GuildId, FakeDiscord.UserId, 0, 80);
        await SeedAsync(FakeDiscord.GuildId, FakeDiscord.OtherUserId, 0, 90);
        await _store.SaveAsync(new UserRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.OtherUserId), new UserSettings { LeaderboardOptOut = true }, default);

        var calls = await SlashAsync("1480930000000000500", "leaderboard", FakeDiscord.GuildChannel);

        var bodies = Text(calls);
        Assert.Contains($"<@{FakeDiscord.UserId}>", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.OtherUserId, bodies, StringComparison.Ordinal);
        Assert.Contains("not listed by choice", bodies, StringComparison.Ordinal);
        var withMention = calls.Where(c => System.Text.RegularExpressions.Regex.Unescape(c.Body).Contains($"<@{FakeDiscord.UserId}>", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(withMention);
        Assert.All(withMention, c => Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", c.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaderboard_InDm_ShowsOwnStreaks()
    {
        await SeedAsync("dm", FakeDiscord.UserId, 1, 50);
        await SeedAsync("dm", FakeDiscord.UserId, 0, 70);

        var calls = await SlashAsync("1480930000000000600", "leaderboard", null);

        var bodies = Text(calls);
        Assert.Contains("Your streaks", bodies, StringComparison.Ordinal);
        Assert.Contains("2 days", bodies, StringComparison.Ordinal);
    }
}
