using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace MockInterviewBot.Discord.Tests;

/// <summary>The adapter end to end against the fake Discord, with a scripted engine.</summary>
public sealed class AdapterEndToEndTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly ScriptedEngine _engine = new();
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private async Task<DiscordTestHost> StartReadyAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var host = await DiscordTestHost.StartAsync(_fake, _engine, time ?? _clock, settings);
        await host.State.WaitReadyAsync();
        return host;
    }

    private Task WaitEventsAsync(int count) => _engine.Changed.WaitUntilAsync(() => _engine.Events.Count >= count, $"{count} engine events");

    [Fact]
    public async Task DmMessage_Handled_ReplyPostedToDmWithoutMentionsAndTypingShown()
    {
        await using var host = await StartReadyAsync();

        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage("1480928853491851285", "start @everyone"));

        await _fake.WaitUntilAsync(f => f.CallsTo("POST", $"channels/{FakeDiscord.DmChannel}/messages").Any(), "reply posted");
        var inbound = Assert.Single(_engine.Events);
        Assert.Equal(new ConversationKey("discord", "dm", FakeDiscord.DmChannel, null, FakeDiscord.UserId), inbound.Key);
        Assert.Equal(InboundKind.Message, inbound.Kind);
        Assert.Equal("start @everyone", inbound.Text);
        Assert.True(inbound.IsDirect);
        var post = _fake.CallsTo("POST", $"channels/{FakeDiscord.DmChannel}/messages").Single();
        Assert.Equal("[]", post.Json!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal("1480928853491851285.0", post.Json!["nonce"]!.GetValue<string>());
        Assert.True(post.Json!["enforce_nonce"]!.GetValue<bool>());
        Assert.Equal("mi:v1:hint:session-1", post.Json!["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>());
        Assert.Equal($"Bot {FakeDiscord.Token}", post.Authorization);
        Assert.StartsWith("DiscordBot (", post.UserAgent, StringComparison.Ordinal);
        await _fake.WaitUntilAsync(f => f.CallsTo("POST", $"channels/{FakeDiscord.DmChannel}/typing").Any(), "typing indicator");
    }

    [Fact]
    public async Task BotEchoAndOtherBots_Dropped_EngineNeverSeesThem()
    {
        await using var host = await StartReadyAsync();
        var dropped = new ConcurrentQueue<(string Id, string Reason)>();
        host.Handler.Dropped += (id, reason) => dropped.Enqueue((id, reason));

        await _fake.DispatchAsync("MESSAGE_CREATE", JsonNode.Parse(Fixture.Read("message_create_bot.json"))!["d"]!.ToJsonString());
        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage("1480928853491851290", "beep", author: "999").Replace("\"username\":\"ada_dev\"", "\"username\":\"other\",\"bot\":true", StringComparison.Ordinal));
        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage("1480928853491851291", "hello"));

        await WaitEventsAsync(1);
        // The reply's own echo (the fake echoes like Discord) is dropped too.
        await _fake.WaitUntilAsync(_ => dropped.Count(d => d.Reason == "own message") >= 2, "own echoes dropped");
        Assert.Single(_engine.Events);
        Assert.Contains(dropped, d => d.Reason == "bot, system or webhook author");
    }

    [Fact]
    public async Task SlashCommandInDm_DeferredBeforeEngine_ThenOriginalEdited()
    {
        var ackedBeforeEngine = false;
        _engine.Respond = e =>
        {
            ackedBeforeEngine = _fake.CallsTo("POST", "interactions/").Any();
            return new EngineResponse([Text("question"), Text("second")]);
        };
        await using var host = await StartReadyAsync();

        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("1480928211763339295", "start",
            new Dictionary<string, string> { ["mode"] = "practice", ["framework"] = "amazon", ["competency"] = "ownership", ["level"] = "senior" }));

        await _fake.WaitUntilAsync(f => f.CallsTo("POST", "webhooks/").Any(), "follow-up");
        var inbound = Assert.Single(_engine.Events);
        Assert.Equal(InboundKind.Command, inbound.Kind);
        Assert.Equal("practice amazon ownership senior", inbound.Text);
        Assert.True(ackedBeforeEngine);
        var callback = _fake.CallsTo("POST", "interactions/1480928211763339295/").Single();
        Assert.Equal(5, callback.Json!["type"]!.GetValue<int>());
        Assert.Equal("question", _fake.CallsTo("PATCH", "messages/@original").Single().Json!["content"]!.GetValue<string>());
        Assert.Equal("second", _fake.CallsTo("POST", "webhooks/").Single().Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlashHistory_TextIsTheSubcommandWord()
    {
        await using var host = await StartReadyAsync();

        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("1480928211763339296", "history"));

        await WaitEventsAsync(1);
        Assert.Equal("history", _engine.Events.Single().Text);
    }

    [Fact]
    public async Task ButtonClick_DeferredUpdate_ActionWithValue_FollowUpSent()
    {
        await using var host = await StartReadyAsync();

        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.ButtonClick("1480929763655819296", "mi:v1:hint:session-1"));

        await _fake.WaitUntilAsync(f => f.CallsTo("POST", "webhooks/").Any(), "follow-up");
        var inbound = Assert.Single(_engine.Events);
        Assert.Equal((InboundKind.Action, "hint", "session-1"), (inbound.Kind, inbound.ActionId, inbound.ActionValue));
        Assert.Equal(6, _fake.CallsTo("POST", "interactions/").Single().Json!["type"]!.GetValue<int>());
        Assert.Empty(_fake.CallsTo("PATCH", "@original"));
    }

    [Fact]
    public async Task ButtonOfAnotherPersonsSession_RefusedEphemerally_EngineNotCalled()
    {
        await using var host = await StartReadyAsync();
        var store = host.Services.GetRequiredService<ISessionStore>();
        await store.SaveAsync(new InterviewSession
        {
            Id = "session-owned",
            Key = new ConversationKey("discord", "dm", FakeDiscord.DmChannel, null, FakeDiscord.OtherUserId),
            Mode = InterviewMode.Practice,
            CreatedAt = _clock.GetUtcNow(),
        }, CancellationToken.None);

        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.ButtonClick("1480929763655819297", "mi:v1:submit:session-owned"));

        await _fake.WaitUntilAsync(f => f.CallsTo("POST", "interactions/").Any(), "refusal");
        var callback = _fake.CallsTo("POST", "interactions/").Single().Json!;
        Assert.Equal(4, callback["type"]!.GetValue<int>());
        Assert.Equal(64, callback["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(_engine.Events);
    }

    [Fact]
    public async Task DroppedConnectionMidInterview_ResumeReplays_NoLostAndNoDoubledReply()
    {
        await using var host = await StartReadyAsync();
        var dropped = new ConcurrentQueue<(string Id, string Reason)>();
        host.Handler.Dropped += (id, reason) => dropped.Enqueue((id, reason));
        const string first = "1480928853491851301";
        const string second = "1480928853491851302";
        var replies = $"channels/{FakeDiscord.DmChannel}/messages";

        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage(first, "my answer, part one"));
        await _fake.WaitUntilAsync(f => f.CallsTo("POST", replies).Count() == 1, "first reply");

        // The socket dies; Discord keeps the second message and replays (with overlap) after RESUME.
        _fake.ReplayOverlap = 5;
        _fake.DropConnection();
        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage(second, "done"));

        await _fake.WaitUntilAsync(f => f.FramesWithOp(6).Any(), "RESUME");
        await _fake.WaitUntilAsync(f => f.CallsTo("POST", replies).Count() >= 2, "second reply");
        await host.State.WaitReadyAsync();

        Assert.Equal([first, second], _engine.Events.Select(e => e.MessageId).ToArray());
        Assert.Equal(2, _fake.CallsTo("POST", replies).Count());
        Assert.Contains(dropped, d => d.Id == first && d.Reason == "duplicate delivery");
        Assert.Single(_fake.FramesWithOp(2));
        Assert.Equal(1, host.State.ReconnectCount);
    }

    [Fact]
    public async Task FiftyRepliesInABurst_RespectTheBucket_NoTooManyRequests()
    {
        _fake.MessageBucketLimit = 5;
        _fake.MessageBucketWindow = TimeSpan.FromMilliseconds(100);
        _fake.EchoBotMessages = false;
        _engine.Respond = e => new EngineResponse([.. Enumerable.Range(1, 50).Select(i => Text($"reply {i}"))]);
        await using var host = await StartReadyAsync(time: TimeProvider.System);

        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage("1480928853491851400", "burst please"));

        await _fake.Changed.WaitUntilAsync(() => _fake.CallsTo("POST", "/messages").Count(c => c.Status == 200) == 50, "50 replies", TimeSpan.FromSeconds(30));
        Assert.Equal(0, _fake.TooManyRequestsSent);
        var contents = _fake.CallsTo("POST", "/messages").Select(c => c.Json!["content"]!.GetValue<string>()).ToArray();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"reply {i}"), contents);
    }

    [Fact]
    public async Task GuildSlashCommand_GuildChannelsDisabled_EphemeralNoticeOnly()
    {
        await using var host = await StartReadyAsync();

        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("1480928211763339400", "start", guildChannel: FakeDiscord.GuildChannel));

        await _fake.WaitUntilAsync(f => f.CallsTo("POST", "interactions/").Any(), "notice");
        var callback = _fake.CallsTo("POST", "interactions/").Single().Json!;
        Assert.Equal(4, callback["type"]!.GetValue<int>());
        Assert.Equal(64, callback["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(_engine.Events);
    }

    [Fact]
    public async Task GuildSlashCommand_GuildChannelsEnabled_OpensThreadAndInterviewRunsThere()
    {
        await using var host = await StartReadyAsync(new Dictionary<string, string?> { ["Discord:GuildChannels"] = "true" });

        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.SlashCommand("1480928211763339401", "start", guildChannel: FakeDiscord.GuildChannel));

        await WaitEventsAsync(1);
        var thread = _fake.CallsTo("POST", $"channels/{FakeDiscord.GuildChannel}/threads").Single();
        Assert.Equal(11, thread.Json!["type"]!.GetValue<int>());
        var threadId = _engine.Events.Single().Key.Thread!;
        Assert.Equal(new ConversationKey("discord", FakeDiscord.GuildId, FakeDiscord.GuildChannel, threadId, FakeDiscord.UserId), _engine.Events.Single().Key);
        Assert.Equal(64, _fake.CallsTo("POST", "interactions/").Single().Json!["data"]!["flags"]!.GetValue<int>());
        Assert.Contains($"<#{threadId}>", _fake.CallsTo("PATCH", "@original").Single().Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await _fake.WaitUntilAsync(f => f.CallsTo("POST", $"channels/{threadId}/messages").Any(), "question posted in the thread");

        // An answer typed in the thread belongs to the same conversation; chatter elsewhere in the guild is ignored.
        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.GuildMessage("1480928853491851500", FakeDiscord.GuildChannel, "unrelated chatter"));
        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.GuildMessage("1480928853491851501", threadId, "my answer"));
        await WaitEventsAsync(2);
        Assert.Equal(new ConversationKey("discord", FakeDiscord.GuildId, FakeDiscord.GuildChannel, threadId, FakeDiscord.UserId), _engine.Events[1].Key);
        Assert.Equal("my answer", _engine.Events[1].Text);
    }

    [Fact]
    public async Task PrivateReplyToGuildInteraction_SentAsEphemeralFollowUp()
    {
        _engine.Respond = e => new EngineResponse([Text("public part"), Text("only for you") with { Visibility = ReplyVisibility.Private }]);
        await using var host = await StartReadyAsync(new Dictionary<string, string?> { ["Discord:GuildChannels"] = "true" });
        const string thread = "1480990000000000777";

        await _fake.DispatchAsync("INTERACTION_CREATE", FakeDiscord.ButtonClick("1480929763655819400", "mi:v1:submit:x", thread, channelType: 11, parentId: FakeDiscord.GuildChannel));

        await _fake.WaitUntilAsync(f => f.CallsTo("POST", "webhooks/").Any() && f.CallsTo("POST", $"channels/{thread}/messages").Any(), "both replies");
        Assert.Equal(64, _fake.CallsTo("POST", "webhooks/").Single().Json!["flags"]!.GetValue<int>());
        Assert.Equal("public part", _fake.CallsTo("POST", $"channels/{thread}/messages").Single().Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_RegistersMockCommandGloballyWithDmContexts()
    {
        await using var host = await StartReadyAsync();

        await _fake.WaitUntilAsync(f => f.CallsTo("PUT", "commands").Any(), "bulk overwrite");
        var put = _fake.CallsTo("PUT", "commands").Single();
        Assert.Equal($"applications/{FakeDiscord.BotId}/commands", put.Path);
        var command = put.Json![0]!;
        Assert.Equal("mock", command["name"]!.GetValue<string>());
        Assert.Equal("[0,1]", command["contexts"]!.ToJsonString());
        Assert.Equal("[0,1]", command["integration_types"]!.ToJsonString());
    }

    [Fact]
    public async Task Ready_WithCommandGuildIds_RegistersPerGuild()
    {
        await using var host = await StartReadyAsync(new Dictionary<string, string?> { ["Discord:CommandGuildIds:0"] = FakeDiscord.GuildId });

        await _fake.WaitUntilAsync(f => f.CallsTo("PUT", "commands").Any(), "bulk overwrite");
        Assert.Equal($"applications/{FakeDiscord.BotId}/guilds/{FakeDiscord.GuildId}/commands", _fake.CallsTo("PUT", "commands").Single().Path);
    }

    private static Reply Text(string text) => new()
    {
        Purpose = ReplyPurpose.Info,
        Blocks = [new TextBlock(text)],
        FallbackText = text,
    };
}
