using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.Groups.Leaderboard;
using MockInterviewBot.Groups.Pairing;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

/// <summary>The leaderboard (guild channel for everyone, DM your own streaks) and peer pairing through the fake Discord.</summary>
public sealed class LeaderboardPairingDiscordTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore _store = new();
    private readonly InMemoryPairingStore _pairs = new();
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;
    private int _processed;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        var catalog = new ScenarioCatalog([new ScenarioBuilder().Id("amazon-own-1").Build()]);
        var leaderboard = new LeaderboardCommand(_store, _store, _clock, Options.Create(new LeaderboardOptions()));
        var pair = new PairCommand(_pairs, _store, catalog, new OutboundMessengers([new DeferredMessenger(() => _host!.Services.GetServices<IOutboundMessenger>().Single(m => m.Platform == Platforms.Discord))]),
            _clock, Options.Create(new PairingOptions()), NullLogger<PairCommand>.Instance);
        var engine = new InterviewEngine(catalog, new Moq.Mock<IAnswerScorer>().Object, _store, _store, _store, _store, _clock, new InterviewOptions(),
            NullLogger<InterviewEngine>.Instance, [leaderboard, pair]);
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

    [Fact]
    public async Task Pair_InGuildChannel_DmsBriefingsAndTheInterviewersRatingIsStored()
    {
        await ProcessAsync(FakeDiscord.SlashCommand("1480930000000000700", "pair", new Dictionary<string, string> { ["options"] = "optin" }, FakeDiscord.GuildChannel));
        await ProcessAsync(FakeDiscord.SlashCommand("1480930000000000701", "pair", new Dictionary<string, string> { ["options"] = "optin" }, FakeDiscord.GuildChannel, FakeDiscord.OtherUserId));
        var before = _fake.Calls.Count;

        await ProcessAsync(FakeDiscord.SlashCommand("1480930000000000702", "pair", null, FakeDiscord.GuildChannel));
        await _fake.Changed.WaitUntilAsync(() => Text(_fake.Calls.Skip(before)).Contains("Peer interview pairs", StringComparison.Ordinal), "pairs posted");

        var calls = _fake.Calls.Skip(before).ToArray();
        Assert.Equal(2, calls.Count(c => c.Method == "POST" && c.Path.EndsWith("users/@me/channels", StringComparison.Ordinal)));
        var briefings = calls.Where(c => c.Path.EndsWith($"channels/{FakeDiscord.DmChannel}/messages", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.Unescape(c.Body).Contains("What a strong answer shows", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, briefings.Length);
        var rate = System.Text.RegularExpressions.Regex.Match(string.Join("\n", briefings.Select(b => b.Body)), "mi:v1:pair_rate:[^\"]+").Value;
        var round = (await _pairs.ListRoundsAsync(new ThreadRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.GuildChannel, null), 1, default)).Single();
        var interviewer = round.Assignments.Single(a => rate.Contains("|" + a.Candidate + "|", StringComparison.Ordinal)).Interviewer;

        await ProcessAsync(FakeDiscord.ButtonClick("1480930000000000703", rate, user: interviewer));

        var rating = Assert.Single(await _pairs.ListRatingsForAsync(new UserRef(Platforms.Discord, FakeDiscord.GuildId, round.Assignments.Single(a => a.Interviewer == interviewer).Candidate), default));
        Assert.Equal(interviewer, rating.Interviewer);
    }

    private async Task ProcessAsync(string interaction)
    {
        var processed = Volatile.Read(ref _processed);
        await _fake.DispatchAsync("INTERACTION_CREATE", interaction);
        await _fake.Changed.WaitUntilAsync(() => Volatile.Read(ref _processed) > processed, "engine handled the interaction");
    }

    private sealed class DeferredMessenger(Func<IOutboundMessenger> resolve) : IOutboundMessenger
    {
        public string Platform => Platforms.Discord;

        public Task<ThreadRef> PostAsync(ThreadRef target, Reply reply, CancellationToken cancellationToken) => resolve().PostAsync(target, reply, cancellationToken);

        public Task<ThreadRef> SendDirectAsync(UserRef user, Reply reply, CancellationToken cancellationToken) => resolve().SendDirectAsync(user, reply, cancellationToken);

        public Task SendEphemeralAsync(ThreadRef channel, UserRef user, Reply reply, CancellationToken cancellationToken) => resolve().SendEphemeralAsync(channel, user, reply, cancellationToken);
    }
}
