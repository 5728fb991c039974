using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

/// <summary>Whole interviews through the real engine, real scenarios and both transports; assertions on what Slack received.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private const string Answer =
        "Situation: our checkout service double-charged customers during a retry storm. Task: nobody owned the payment client, so I took it on. " +
        "Action: I pulled the logs, traced the retries to a missing idempotency key, wrote the fix and tested it against a replay of the traffic. " +
        "Result: duplicate charges went from 40 a day to zero. I learned to add idempotency checks to every client I own.";

    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Task<SlackTestHost> HttpHostAsync(Action<Dictionary<string, string?>>? configure = null) =>
        SlackTestHost.StartAsync(_slack, configure, engine: RealEngine.Factory());

    private static async Task SendAsync(SlackTestHost host, Func<Task<HttpResponseMessage>> post, int processed = 1)
    {
        var done = host.WaitForProcessedAsync(processed);
        var response = await post();
        response.EnsureSuccessStatusCode();
        await done;
    }

    private RecordedCall[] Posts => _slack.Calls.Where(c => c.Method is "chat.postMessage" or "chat.postEphemeral").ToArray();

    private static string? ButtonValue(RecordedCall call, string actionId) =>
        call.Json?["blocks"]?.AsArray().Where(b => b?["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).FirstOrDefault(e => e?["action_id"]?.GetValue<string>() == actionId)?["value"]?.GetValue<string>();

    [Fact]
    public async Task ChannelThread_TwoUsers_EachGetTheirOwnSessionAndFeedbackInTheThread()
    {
        await using var host = await HttpHostAsync();

        // Alice starts in the channel: a root message at the top, the interview in its thread.
        await SendAsync(host, () => host.PostCommandAsync(Payloads.Command("practice amazon")));
        var root = _slack.CallsTo("chat.postMessage")[0];
        Assert.Equal(Payloads.Channel, root.Channel);
        Assert.Null(root.ThreadTs);
        Assert.Contains("\"action_id\":\"answer_too\"", root.BlocksJson, StringComparison.Ordinal);
        var rootTs = _slack.CallsTo("chat.update")[0].Str("ts")!;
        var question = _slack.CallsTo("chat.postMessage")[1];
        Assert.Equal(rootTs, question.ThreadTs);
        var aliceSession = ButtonValue(question, ActionIds.Submit);
        Assert.NotNull(aliceSession);
        var topic = await host.Store.GetAsync(new ThreadRef("slack", Payloads.Team, Payloads.Channel, rootTs), default);
        Assert.NotNull(topic);
        Assert.False(string.IsNullOrEmpty(ButtonValue(_slack.CallsTo("chat.update")[0], ActionIds.AnswerToo)));

        // Alice answers in the thread; Bob presses "Answer this too" and gets his own question.
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, Answer, threadTs: rootTs)));
        var before = Posts.Length;
        await SendAsync(host, () => host.PostInteractionAsync(Payloads.BlockAction(Payloads.Bob, ActionIds.AnswerToo, topic.ScenarioId, messageTs: rootTs)));
        await _slack.WaitForAsync(_ => Posts.Length > before);
        var bobQuestion = Posts[before];
        Assert.Equal(rootTs, bobQuestion.ThreadTs);
        var bobSession = ButtonValue(bobQuestion, ActionIds.Submit);
        Assert.NotNull(bobSession);
        Assert.NotEqual(aliceSession, bobSession);

        // Bob pressing Alice's Submit only gets a private note.
        before = Posts.Length;
        await SendAsync(host, () => host.PostInteractionAsync(Payloads.BlockAction(Payloads.Bob, ActionIds.Submit, aliceSession, messageTs: question.Str("ts") ?? rootTs, threadTs: rootTs)));
        await _slack.WaitForAsync(_ => Posts.Length > before);
        var note = Posts[before];
        Assert.Equal("chat.postEphemeral", note.Method);
        Assert.Equal(Payloads.Bob, note.Str("user"));

        // Alice submits with her button: feedback with the scorecard, in the thread.
        before = Posts.Length;
        await SendAsync(host, () => host.PostInteractionAsync(Payloads.BlockAction(Payloads.Alice, ActionIds.Submit, aliceSession, messageTs: question.Str("ts") ?? rootTs, threadTs: rootTs)));
        await _slack.WaitForAsync(_ => Posts.Skip(before).Any(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal)));
        var feedback = Posts.Skip(before).First(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal));
        Assert.Equal("chat.postMessage", feedback.Method);
        Assert.Equal(rootTs, feedback.ThreadTs);
        Assert.Matches("[▰▱]{4} [0-4]/4", feedback.BlocksJson);

        // Bob answers and says done: his own feedback.
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Bob, Answer.Replace("checkout", "billing", StringComparison.Ordinal), threadTs: rootTs)));
        before = Posts.Length;
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Bob, "done", threadTs: rootTs)));
        await _slack.WaitForAsync(_ => Posts.Skip(before).Any(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal)));

        var sessions = await host.Store.ListByThreadAsync(new ThreadRef("slack", Payloads.Team, Payloads.Channel, rootTs), default);
        Assert.Equal(2, sessions.Select(s => s.Key.User).Distinct().Count());
        Assert.All(Posts.Where(p => p.Method == "chat.postMessage").Skip(1), p => Assert.Equal(rootTs, p.ThreadTs));
        Assert.All(_slack.Calls, c => Assert.Equal("Bearer xoxb-fake-not-a-real-token", c.Authorization));
    }

    [Fact]
    public async Task ChannelThread_FeedbackVisibilityEphemeral_SendsFeedbackPrivately()
    {
        await using var host = await HttpHostAsync(s => s["Slack:FeedbackVisibility"] = "Ephemeral");
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, $"<@{FakeSlackServer.BotUser}> practice", type: "app_mention")));
        var rootTs = _slack.CallsTo("chat.update")[0].Str("ts")!;

        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, Answer, threadTs: rootTs)));
        var before = Posts.Length;
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "done", threadTs: rootTs)));
        await _slack.WaitForAsync(_ => Posts.Skip(before).Any(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal)));

        var feedback = Posts.Skip(before).First(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal));
        Assert.Equal("chat.postEphemeral", feedback.Method);
        Assert.Equal(Payloads.Alice, feedback.Str("user"));
        Assert.Equal(rootTs, feedback.ThreadTs);
    }

    [Fact]
    public async Task DirectMessage_WholeInterview_StaysInTheDmWithoutThreads()
    {
        await using var host = await HttpHostAsync();

        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, Answer, Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "done", Payloads.Dm, channelType: "im")));
        await _slack.WaitForAsync(_ => Posts.Any(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal)));

        Assert.All(Posts, p =>
        {
            Assert.Equal("chat.postMessage", p.Method);
            Assert.Equal(Payloads.Dm, p.Channel);
            Assert.Null(p.ThreadTs);
        });
        Assert.Empty(_slack.CallsTo("chat.update"));
        Assert.False(string.IsNullOrWhiteSpace(Posts[0].Text));
    }

    [Fact]
    public async Task SlashCommandWithoutArguments_ShowsMenuPrivatelyAndStartButtonOpensAThread()
    {
        await using var host = await HttpHostAsync();

        await SendAsync(host, () => host.PostCommandAsync(Payloads.Command("")));
        var menu = Assert.Single(Posts);
        Assert.Equal("chat.postEphemeral", menu.Method);
        Assert.Equal(Payloads.Alice, menu.Str("user"));
        var startValue = ButtonValue(menu, ActionIds.Start);
        Assert.NotNull(startValue);

        await SendAsync(host, () => host.PostInteractionAsync(Payloads.BlockAction(Payloads.Alice, ActionIds.Start, startValue, messageTs: Payloads.NewTs(), ephemeral: true)));

        var root = _slack.CallsTo("chat.postMessage")[0];
        Assert.Null(root.ThreadTs);
        Assert.Equal(_slack.CallsTo("chat.update")[0].Str("ts"), _slack.CallsTo("chat.postMessage")[1].ThreadTs);
    }

    [Fact]
    public async Task SlashCommandHelp_AnswersPrivatelyWithoutOpeningAThread()
    {
        await using var host = await HttpHostAsync();

        await SendAsync(host, () => host.PostCommandAsync(Payloads.Command("help")));

        var help = Assert.Single(Posts);
        Assert.Equal("chat.postEphemeral", help.Method);
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task SlashCommandInDm_RunsWithoutThread()
    {
        await using var host = await HttpHostAsync();

        await SendAsync(host, () => host.PostCommandAsync(Payloads.Command("practice", channel: Payloads.Dm)));

        var question = Assert.Single(Posts);
        Assert.Equal("chat.postMessage", question.Method);
        Assert.Equal(Payloads.Dm, question.Channel);
        Assert.Null(question.ThreadTs);
    }

    [Fact]
    public async Task AppHomeOpened_PublishesTheHomeTab()
    {
        await using var host = await HttpHostAsync();
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im")));

        await host.PostEventAsync(Payloads.Envelope(new JsonObject { ["type"] = "app_home_opened", ["user"] = Payloads.Alice, ["channel"] = Payloads.Dm, ["tab"] = "home", ["event_ts"] = "1767262000.000100" }));
        await _slack.WaitForCallsAsync("views.publish", 1);

        var publish = _slack.CallsTo("views.publish")[0];
        Assert.Equal(Payloads.Alice, publish.Str("user_id"));
        Assert.Equal("home", publish.Json!["view"]!["type"]!.GetValue<string>());
        Assert.Contains("Sessions: 1", publish.Json["view"]!["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppHomeOpened_RealPayloadAfterScoredAnswers_PublishesProgressWithSparklinesAndADrill()
    {
        await using var host = await SlackTestHost.StartAsync(_slack, engine: RealEngine.Factory(), services: s => s.AddSingleton(RealEngine.Scenarios));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "start practice amazon", Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, Answer, Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "done", Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "start practice amazon", Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "There was a problem with the checkout service at some point. We looked at it together as a team and we talked about it a lot. My manager suggested a fix and we escalated it. Things got better after a while and the team was happy with it in the end.", Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "done", Payloads.Dm, channelType: "im")));

        var response = await host.PostEventAsync(Payloads.Fixture("events_api_app_home_opened.json"));
        response.EnsureSuccessStatusCode();
        await _slack.WaitForCallsAsync("views.publish", 1);

        var publish = _slack.CallsTo("views.publish")[0];
        Assert.Equal(Payloads.Alice, publish.Str("user_id"));
        var view = publish.Json!["view"]!;
        Assert.Equal("home", view["type"]!.GetValue<string>());
        var blocks = view["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, 100);
        Assert.DoesNotContain(blocks, b => b!["type"]!.GetValue<string>() == "actions");
        var json = string.Join("\n", Texts(blocks));
        Assert.Matches("[▁▂▃▄▅▆▇█]{2}", json);
        Assert.Contains("Weakest lately", json, StringComparison.Ordinal);
        Assert.Contains("/mock start ", json, StringComparison.Ordinal);
        Assert.Contains("history replay", json, StringComparison.Ordinal);
    }

    /// <summary>Every "text" string in a Block Kit tree, unescaped.</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key == "text" && kv.Value is JsonValue v && v.TryGetValue<string>(out var t) ? [t] : Texts(kv.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    [Fact]
    public async Task SlashHistoryReplay_InAChannel_AnswersPrivatelyWithTheSession()
    {
        await using var host = await HttpHostAsync();
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, Answer, Payloads.Dm, channelType: "im")));
        await SendAsync(host, () => host.PostEventAsync(Payloads.Message(Payloads.Alice, "done", Payloads.Dm, channelType: "im")));
        var before = Posts.Length;

        await SendAsync(host, () => host.PostCommandAsync(Payloads.Command("history replay 1")));

        var replay = Assert.Single(Posts.Skip(before));
        Assert.Equal("chat.postEphemeral", replay.Method);
        Assert.Equal(Payloads.Alice, replay.Str("user"));
        Assert.Contains("idempotency key", replay.BlocksJson, StringComparison.Ordinal);
        Assert.Contains("Verdict", replay.BlocksJson, StringComparison.Ordinal);
        Assert.Empty(_slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task SocketMode_ChannelInterview_UsesTheSamePipeline()
    {
        await using var host = await SlackTestHost.StartAsync(_slack, s => { s["Slack:Mode"] = "SocketMode"; s["Slack:SigningSecret"] = ""; }, engine: RealEngine.Factory());
        var socket = await _slack.WaitForSocketAsync(1);

        var started = host.WaitForProcessedAsync(1);
        var command = await socket.SendEnvelopeAsync("slash_commands", Payloads.CommandJson("practice google"));
        await socket.WaitForAckAsync(command);
        await started;
        var rootTs = _slack.CallsTo("chat.update")[0].Str("ts")!;
        var question = _slack.CallsTo("chat.postMessage")[1];
        var session = ButtonValue(question, ActionIds.Submit)!;

        var processed = host.WaitForProcessedAsync(2);
        await socket.SendEnvelopeAsync("events_api", Payloads.Message(Payloads.Alice, Answer, threadTs: rootTs));
        await socket.SendEnvelopeAsync("interactive", Payloads.BlockAction(Payloads.Alice, ActionIds.Submit, session, messageTs: question.Str("ts"), threadTs: rootTs));
        await processed;
        await _slack.WaitForAsync(_ => Posts.Any(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal)));

        Assert.Equal(rootTs, Posts.First(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal)).ThreadTs);
    }

    [Fact]
    public async Task SocketMode_ReconnectMidInterview_LosesAndDoublesNothing()
    {
        await using var host = await SlackTestHost.StartAsync(_slack, s => { s["Slack:Mode"] = "SocketMode"; s["Slack:SigningSecret"] = ""; }, engine: RealEngine.Factory());
        var first = await _slack.WaitForSocketAsync(1);
        string Dm(string text, string? eventId = null, string? ts = null) => Payloads.Message(Payloads.Alice, text, Payloads.Dm, channelType: "im", eventId: eventId, ts: ts);

        var processed = host.WaitForProcessedAsync(2);
        await first.SendEnvelopeAsync("events_api", Dm("start"));
        var partOneId = Payloads.NewEventId();
        var partOneTs = Payloads.NewTs();
        var partOne = await first.SendEnvelopeAsync("events_api", Dm(Answer[..180], partOneId, partOneTs));
        await first.WaitForAckAsync(partOne);
        await processed;

        // Slack recycles the connection; it redelivers part one (as if its ack were lost) on the new socket.
        await first.SendDisconnectAsync("refresh_requested");
        var second = await _slack.WaitForSocketAsync(2);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        var redelivered = await second.SendEnvelopeAsync("events_api", Dm(Answer[..180], partOneId, partOneTs), retryAttempt: 1);
        processed = host.WaitForProcessedAsync(2);
        await second.SendEnvelopeAsync("events_api", Dm(Answer[180..]));
        await second.SendEnvelopeAsync("events_api", Dm("done"));
        await second.WaitForAckAsync(redelivered);
        await processed;
        await _slack.WaitForAsync(_ => Posts.Any(p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal)));

        var session = (await host.Store.ListByUserAsync(new UserRef("slack", Payloads.Team, Payloads.Alice), 5, default)).Single();
        Assert.Equal(2, session.Questions[0].Answer.Count);
        Assert.Single(session.Questions[0].Answer, a => a.MessageId == partOneTs);
        Assert.Equal(Answer.Replace(" ", "", StringComparison.Ordinal), string.Concat(session.Questions[0].Answer.Select(a => a.Text)).Replace(" ", "", StringComparison.Ordinal));
        Assert.Single(Posts, p => p.BlocksJson.Contains("Verdict", StringComparison.Ordinal));
        Assert.Equal(5, second.Acks.Count + first.Acks.Count);
    }
}
