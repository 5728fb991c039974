using Microsoft.Extensions.Logging;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

public sealed class GatewayClientTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly ScriptedEngine _engine = new();
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private Task<DiscordTestHost> StartHostAsync(IDictionary<string, string?>? settings = null) =>
        DiscordTestHost.StartAsync(_fake, _engine, _clock, settings);

    [Fact]
    public async Task Start_GatewayBotThenIdentify_ReadyWithDmIntents()
    {
        await using var host = await StartHostAsync();

        await host.State.WaitReadyAsync();

        var identify = Assert.Single(_fake.FramesWithOp(2));
        Assert.Equal("/gateway", identify.Path);
        Assert.Equal(4609, identify.Data!["intents"]!.GetValue<int>());
        Assert.Equal(FakeDiscord.Token, identify.Data!["token"]!.GetValue<string>());
        Assert.Equal("[0,1]", identify.Data!["shard"]!.ToJsonString());
        Assert.Contains(_fake.Calls, c => c.Path == "gateway/bot" && c.Authorization == $"Bot {FakeDiscord.Token}");
        Assert.Equal(FakeDiscord.BotId, host.Gateway.Session.BotUserId);
        Assert.True(host.State.IsReady);
    }

    [Fact]
    public async Task Start_GuildChannelsEnabled_IdentifiesWithMessageContent()
    {
        await using var host = await StartHostAsync(new Dictionary<string, string?> { ["Discord:GuildChannels"] = "true" });

        await host.State.WaitReadyAsync();

        Assert.Equal(37377, _fake.FramesWithOp(2).Single().Data!["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Heartbeat_FirstAfterJitterThenEveryInterval_AckedBeatsKeepConnection()
    {
        await using var host = await StartHostAsync();
        await host.State.WaitReadyAsync();
        Assert.Empty(_fake.FramesWithOp(1));

        // Jitter 0.5 of 41.25 s: nothing at 20 s, the beat's timer still 0.625 s away, the beat at 20.625 s.
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromMilliseconds(625), await _clock.WaitForTimerAsync(d => d == TimeSpan.FromMilliseconds(625)));
        Assert.Empty(_fake.FramesWithOp(1));
        _clock.Advance(TimeSpan.FromMilliseconds(625));
        await _fake.WaitUntilAsync(f => f.FramesWithOp(1).Count() == 1, "first heartbeat");
        Assert.Equal(1, _fake.FramesWithOp(1).Single().Data!.GetValue<int>());
        await host.State.WaitUntilAsync(s => s.HeartbeatsAcked == 1, "first ACK");

        _clock.Advance(TimeSpan.FromMilliseconds(41250));
        await _fake.WaitUntilAsync(f => f.FramesWithOp(1).Count() == 2, "second heartbeat");
        Assert.Equal(1, _fake.Connections);
        Assert.Equal(0, host.State.ReconnectCount);
    }

    [Fact]
    public async Task Heartbeat_AckWithheld_ClosesWith4000AndResumesAtResumeUrl()
    {
        using var metrics = new MetricCapture();
        await using var host = await StartHostAsync();
        await host.State.WaitReadyAsync();
        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.DmMessage("1480928853491851285", "hello"));
        await _engine.Changed.WaitUntilAsync(() => _engine.Events.Count == 1, "message handled");
        _fake.WithholdAcks = true;

        _clock.Advance(TimeSpan.FromMilliseconds(20625));
        await _fake.WaitUntilAsync(f => f.FramesWithOp(1).Any(), "first heartbeat");
        _fake.WithholdAcks = false;
        _clock.Advance(TimeSpan.FromMilliseconds(41250));

        await _fake.WaitUntilAsync(f => f.FramesWithOp(6).Any(), "RESUME");
        var resume = _fake.FramesWithOp(6).Single();
        Assert.Equal("/resume", resume.Path);
        Assert.Equal(_fake.SessionId, resume.Data!["session_id"]!.GetValue<string>());
        Assert.True(resume.Data!["seq"]!.GetValue<int>() >= 2);
        await _fake.WaitUntilAsync(f => f.LastClientCloseCode is not null, "client close frame");
        Assert.Equal(4000, _fake.LastClientCloseCode);
        Assert.Single(_fake.FramesWithOp(2));
        await host.State.WaitReadyAsync();
        Assert.Equal(1, host.State.ReconnectCount);
        Assert.True(metrics.Sum("mib_gateway_reconnects", ("platform", "discord")) >= 1, "the reconnect is counted");
    }

    [Fact]
    public async Task Close_FatalCode4004_StopsWithClearLogAndNoReconnect()
    {
        _fake.CloseOnIdentify = 4004;
        await using var host = await StartHostAsync();

        await host.State.WaitUntilAsync(s => s.Status == DiscordConnectionStatus.Failed, "failed state");
        // The run loop has returned (Failed is set just before it does): however far the clock moves, nothing reconnects.
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, _fake.Connections);
        Assert.False(host.State.IsReady);
        Assert.Equal(4004, host.State.LastCloseCode);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("4004", StringComparison.Ordinal) && l.Message.Contains("Discord:Token", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Message.Contains(FakeDiscord.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Close_DisallowedIntents4014_StopsAndNamesTheSetting()
    {
        _fake.CloseOnIdentify = 4014;
        await using var host = await StartHostAsync(new Dictionary<string, string?> { ["Discord:GuildChannels"] = "true" });

        await host.State.WaitUntilAsync(s => s.Status == DiscordConnectionStatus.Failed, "failed state");

        Assert.Contains("Discord:GuildChannels", host.State.FailureReason, StringComparison.Ordinal);
        Assert.Equal(1, _fake.Connections);
    }

    [Fact]
    public async Task ServerReconnect_Op7_ResumesAtResumeUrl()
    {
        await using var host = await StartHostAsync();
        await host.State.WaitReadyAsync();

        await _fake.SendRawAsync(Fixture.Read("reconnect.json"));

        await _fake.WaitUntilAsync(f => f.FramesWithOp(6).Any(), "RESUME");
        Assert.Equal("/resume", _fake.FramesWithOp(6).Single().Path);
        await host.State.WaitUntilAsync(s => s.IsReady && s.ReconnectCount == 1, "resumed");
    }

    [Fact]
    public async Task ServerClose4000_Resumes_ButClose4009_IdentifiesAnew()
    {
        await using var host = await StartHostAsync();
        await host.State.WaitReadyAsync();

        await _fake.CloseAsync(4000);
        await _fake.WaitUntilAsync(f => f.FramesWithOp(6).Count() == 1, "RESUME after 4000");
        await host.State.WaitUntilAsync(s => s.IsReady && s.ReconnectCount == 1, "resumed");

        await _fake.CloseAsync(4009);
        await _clock.AdvanceUntilAsync(() => _fake.FramesWithOp(2).Count() == 2, "second IDENTIFY after 4009");
        Assert.Equal("/gateway", _fake.FramesWithOp(2).Last().Path);
        Assert.Single(_fake.FramesWithOp(6));
    }

    [Fact]
    public async Task InvalidSessionOnResume_WaitsThenIdentifiesAtGatewayUrl()
    {
        await using var host = await StartHostAsync();
        await host.State.WaitReadyAsync();
        _fake.RefuseResume = true;

        _fake.DropConnection();
        await _fake.WaitUntilAsync(f => f.FramesWithOp(6).Any(), "RESUME attempt");
        // Invalid session: the client waits 1-5 s on the clock before a fresh IDENTIFY.
        await _clock.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromSeconds(5));
        Assert.Single(_fake.FramesWithOp(2));

        await _clock.AdvanceUntilAsync(() => _fake.FramesWithOp(2).Count() == 2, "IDENTIFY after invalid session");
        Assert.Equal("/gateway", _fake.FramesWithOp(2).Last().Path);
        await host.State.WaitReadyAsync();
    }

    [Fact]
    public async Task ServerHeartbeatRequest_AnsweredImmediately()
    {
        await using var host = await StartHostAsync();
        await host.State.WaitReadyAsync();

        await _fake.SendRawAsync("{\"op\":1,\"d\":null}");

        await _fake.WaitUntilAsync(f => f.FramesWithOp(1).Any(), "heartbeat without advancing the clock");
    }

    [Fact]
    public async Task IdentifyRefusedRepeatedly_BacksOffInsteadOfLooping()
    {
        _fake.CloseOnIdentify = 4009;
        await using var host = await StartHostAsync();
        await _fake.WaitUntilAsync(f => f.FramesWithOp(2).Count() == 1, "first IDENTIFY");

        // The client waits on the clock (backoff, identify window) before trying again: no second IDENTIFY yet.
        // Heartbeat timers (about 20 s away) and the REST timeout (15 s) are not what this test follows.
        static bool Backoff(TimeSpan d) => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(14);
        var waits = new List<TimeSpan> { await _clock.WaitForTimerAsync(Backoff) };
        Assert.Single(_fake.FramesWithOp(2));

        // Follow each wait through thirty simulated seconds: only a handful of attempts, never a tight loop.
        var elapsed = TimeSpan.Zero;
        while (elapsed + waits[^1] <= TimeSpan.FromSeconds(30))
        {
            elapsed += waits[^1];
            _clock.Advance(waits[^1]);
            waits.Add(await _clock.WaitForTimerAsync(Backoff));
        }

        Assert.InRange(_fake.FramesWithOp(2).Count(), 3, 6);
        Assert.All(waits, w => Assert.True(w >= TimeSpan.FromMilliseconds(500), $"wait {w} is too short"));
        var backoffs = host.Logs.Lines
            .Select(l => System.Text.RegularExpressions.Regex.Match(l.Message, @"identify after (\d+) ms"))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(backoffs.Count >= 3, $"backoffs logged: {string.Join(", ", backoffs)}");
        Assert.True(backoffs.Zip(backoffs.Skip(1)).All(p => p.Second > p.First), $"each backoff is longer than the last ({string.Join(", ", backoffs)})");
    }
}
