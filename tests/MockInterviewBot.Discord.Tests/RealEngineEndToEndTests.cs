using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;
using Xunit.Abstractions;

namespace MockInterviewBot.Discord.Tests;

/// <summary>
/// Whole interviews over the fake Discord with the real engine, the repository's scenarios and rubrics, the real
/// scorer and the in-memory store.
/// </summary>
public sealed class RealEngineEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string StrongAnswer =
        "Last spring our checkout service started failing for about 0.3% of payments every night, and it was not my team's code " +
        "and there was no ticket for it. I decided to own it anyway because customers were being charged twice. I pulled the logs, " +
        "I traced the failures to a retry in the payment client, and I reproduced the double charge in staging. I wrote a fix with " +
        "an idempotency key, I tested it against a week of replayed traffic, and I added a monitor on duplicate charges. After the " +
        "release the failure rate went from 0.3% to zero and refunds dropped by 40 a week, about 2,000 dollars. The payments team " +
        "adopted the idempotency pattern as their standard. What I learned is that I should verify the failure path myself rather " +
        "than assume another team is watching it, and I now add a duplicate-charge alarm to every service I touch.";

    private const string ProbeAnswer =
        "I did it myself: I wrote the fix, I measured the error rate before and after on the dashboard for two weeks, " +
        "and I reviewed it with the payments lead so they could maintain it. Nobody asked me to; I noticed it in our alerts.";

    private readonly ManualTimeProvider _clock = new();
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;
    private int _processed;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _fake.EchoBotMessages = true;
        var root = RepositoryRoot();
        var catalog = ScenarioCatalogLoader.Load(Path.Combine(root, "scenarios"));
        var rubrics = RubricLoader.LoadDirectory(Path.Combine(root, "scenarios", "rubrics")).Rubrics
            ?? throw new InvalidOperationException("The repository rubrics did not load.");
        var store = new InMemoryStore();
        var engine = new InterviewEngine(catalog, new AnswerScorer(rubrics), store, store, store, store, _clock, new InterviewOptions(), NullLogger<InterviewEngine>.Instance);
        _host = await DiscordTestHost.StartAsync(_fake, engine, _clock, configure: services =>
        {
            services.AddSingleton(store);
            services.AddSingleton<ISessionStore>(store);
            services.AddSingleton<IProcessedEventStore>(store);
        });
        _host.Dispatcher.Processed += _ => Interlocked.Increment(ref _processed);
        await _host.State.WaitReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>Everything the bot sent: channel messages, @original edits and follow-ups.</summary>
    private IReadOnlyList<JsonNode> BotMessages() =>
        [.. _fake.Calls.Where(c => c.Status < 300 && c.Json is JsonObject && (
                (c.Method == "POST" && c.Path.EndsWith("/messages", StringComparison.Ordinal))
                || (c.Method == "PATCH" && c.Path.EndsWith("@original", StringComparison.Ordinal))
                || (c.Method == "POST" && c.Path.StartsWith("webhooks/", StringComparison.Ordinal))))
            .Select(c => c.Json!)];

    private static IEnumerable<JsonNode> Embeds(JsonNode message) => message["embeds"]?.AsArray().OfType<JsonNode>() ?? [];

    private static IEnumerable<string> CustomIds(JsonNode message) =>
        (message["components"]?.AsArray().OfType<JsonNode>() ?? [])
            .SelectMany(row => row["components"]?.AsArray().OfType<JsonNode>() ?? [])
            .Select(c => c["custom_id"]?.GetValue<string>())
            .OfType<string>();

    private bool HasScorecard() => BotMessages().SelectMany(Embeds).Any(e => e["title"]?.GetValue<string>().StartsWith("Scorecard", StringComparison.Ordinal) == true);

    private async Task SendAsync(string id, string text)
    {
        var before = Volatile.Read(ref _processed);
        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage(id, text));
        await _fake.Changed.WaitUntilAsync(() => Volatile.Read(ref _processed) > before, $"engine handled '{text[..Math.Min(20, text.Length)]}'");
        await _fake.Changed.WaitUntilAsync(() => _fake.CallsTo("POST", "/messages").All(c => c.Status != 0), "replies sent");
    }

    private async Task DispatchInteractionAsync(string json)
    {
        var before = Volatile.Read(ref _processed);
        await _fake.DispatchAsync("INTERACTION_CREATE", json);
        await _fake.Changed.WaitUntilAsync(() => Volatile.Read(ref _processed) > before, "engine handled the interaction");
    }

    private void Dump()
    {
        foreach (var message in BotMessages())
        {
            output.WriteLine(message.ToJsonString()[..Math.Min(400, message.ToJsonString().Length)]);
        }
    }

    [Fact]
    public async Task DmInterviewByMessages_StartAnswerDone_ScorecardEmbedDelivered()
    {
        await SendAsync("1480930000000000001", "start practice amazon ownership senior");
        Assert.NotEmpty(BotMessages());

        await SendAsync("1480930000000000002", StrongAnswer);
        long id = 1480930000000000003;
        for (var round = 0; round < 6 && !HasScorecard(); round++)
        {
            await SendAsync((id++).ToString(System.Globalization.CultureInfo.InvariantCulture), "done");
            if (!HasScorecard())
            {
                await SendAsync((id++).ToString(System.Globalization.CultureInfo.InvariantCulture), ProbeAnswer);
            }
        }

        Dump();
        Assert.True(HasScorecard(), "no scorecard embed was delivered");
        var card = BotMessages().SelectMany(Embeds).First(e => e["title"]?.GetValue<string>().StartsWith("Scorecard", StringComparison.Ordinal) == true);
        Assert.Contains(card["fields"]!.AsArray(), f => f!["value"]!.GetValue<string>().Contains("/4", StringComparison.Ordinal));
        Assert.NotNull(card["color"]);
        Assert.All(BotMessages(), m => Assert.Equal("[]", m["allowed_mentions"]!["parse"]!.ToJsonString()));
        Assert.All(BotMessages(), m => Assert.True((m["content"]?.GetValue<string>().Length ?? 0) <= 2000));

        // Every user message was answered once: the bot's own echoes never reached the engine.
        Assert.DoesNotContain(_fake.Calls, c => c.Status == 429);
    }

    [Fact]
    public async Task SlashCommandAndButtons_StartAnswerSubmit_ScorecardEmbedDelivered()
    {
        await DispatchInteractionAsync(FakeDiscord.SlashCommand("1480930000000000100", "start",
            new Dictionary<string, string> { ["mode"] = "practice", ["framework"] = "amazon", ["level"] = "senior" }));
        Assert.Equal(5, _fake.CallsTo("POST", "interactions/1480930000000000100/").Single().Json!["type"]!.GetValue<int>());
        var question = _fake.CallsTo("PATCH", "@original").Single().Json!;
        Assert.Contains(Embeds(question).Append(question), m => m["description"] is not null || m["content"] is not null);

        await SendAsync("1480930000000000101", StrongAnswer);
        long id = 1480930000000000102;
        for (var round = 0; round < 6 && !HasScorecard(); round++)
        {
            var submit = BotMessages().SelectMany(CustomIds).LastOrDefault(c => c.StartsWith("mi:v1:submit:", StringComparison.Ordinal));
            Assert.NotNull(submit);
            await DispatchInteractionAsync(FakeDiscord.ButtonClick((id++).ToString(System.Globalization.CultureInfo.InvariantCulture), submit));
            if (!HasScorecard())
            {
                await SendAsync((id++).ToString(System.Globalization.CultureInfo.InvariantCulture), ProbeAnswer);
            }
        }

        Dump();
        Assert.True(HasScorecard(), "no scorecard embed was delivered");
        Assert.All(_fake.CallsTo("POST", "interactions/").Skip(1), c => Assert.Equal(6, c.Json!["type"]!.GetValue<int>()));
        Assert.DoesNotContain(_fake.Calls, c => c.Status >= 400);
    }

    [Fact]
    public async Task SlashHistory_AfterAnInterview_ShowsSparklinesAndReplayButtonReplaysTheAnswer()
    {
        await SendAsync("1480930000000000201", "start practice amazon ownership senior");
        await SendAsync("1480930000000000202", StrongAnswer);
        long id = 1480930000000000203;
        for (var round = 0; round < 6 && !HasScorecard(); round++)
        {
            await SendAsync((id++).ToString(System.Globalization.CultureInfo.InvariantCulture), "done");
            if (!HasScorecard())
            {
                await SendAsync((id++).ToString(System.Globalization.CultureInfo.InvariantCulture), ProbeAnswer);
            }
        }

        var before = BotMessages().Count;
        await DispatchInteractionAsync(FakeDiscord.SlashCommand("1480930000000000300", "history"));
        await _fake.Changed.WaitUntilAsync(() => BotMessages().Count > before, "history delivered");

        var history = BotMessages().Skip(before).ToArray();
        var text = string.Join("\n", history.Select(m => m.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        Assert.Matches("[▁▂▃▄▅▆▇█]", text);
        Assert.Contains("Weakest lately", text, StringComparison.Ordinal);
        var replay = history.SelectMany(CustomIds).First(c => c.StartsWith("mi:v1:history_replay:", StringComparison.Ordinal));

        before = BotMessages().Count;
        await DispatchInteractionAsync(FakeDiscord.ButtonClick("1480930000000000301", replay));
        await _fake.Changed.WaitUntilAsync(() => BotMessages().Count > before, "replay delivered");
        var replayText = string.Join("\n", BotMessages().Skip(before).Select(m => m.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        Assert.Contains("idempotency key", replayText, StringComparison.Ordinal);
        Assert.Contains("Verdict", replayText, StringComparison.Ordinal);

        before = BotMessages().Count;
        await DispatchInteractionAsync(FakeDiscord.SlashCommand("1480930000000000302", "history", new Dictionary<string, string> { ["replay"] = "1" }));
        await _fake.Changed.WaitUntilAsync(() => BotMessages().Count > before, "replay by number delivered");
        Assert.Contains(BotMessages().Skip(before), m => m.ToJsonString().Contains("Replay #1", StringComparison.Ordinal));
    }
}
