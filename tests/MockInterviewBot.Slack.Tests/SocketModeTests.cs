using System.Net.WebSockets;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

public sealed class SocketModeTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Task<SlackTestHost> StartAsync(bool waitReady = true) =>
        SlackTestHost.StartAsync(_slack, s => { s["Slack:Mode"] = "SocketMode"; s["Slack:SigningSecret"] = ""; }, waitReady: waitReady);

    private static string DmEvent(string text, string? eventId = null) => Payloads.Message(Payloads.Alice, text, Payloads.Dm, channelType: "im", eventId: eventId);

    [Fact]
    public async Task Start_OpensConnectionWithAppTokenAndIsReadyAfterHello()
    {
        _slack.SendHello = false;
        await using var host = await StartAsync(waitReady: false);
        var socket = await _slack.WaitForSocketAsync(1);

        Assert.False(host.State.IsReady);
        await socket.SendHelloAsync();
        await host.State.WhenReady.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(host.State.IsReady);
        Assert.Equal("Bearer xapp-fake-not-a-real-token", _slack.CallsTo("apps.connections.open").Single().Authorization);
        Assert.Single(_slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task Envelope_IsAcknowledgedAndProcessed()
    {
        await using var host = await StartAsync();
        var socket = await _slack.WaitForSocketAsync(1);
        var processed = host.WaitForProcessedAsync(1);

        var id = await socket.SendEnvelopeAsync("events_api", DmEvent("start"));
        await socket.WaitForAckAsync(id);
        await processed;
        await _slack.WaitForCallsAsync("chat.postMessage", 1);

        Assert.Equal(Payloads.Dm, _slack.CallsTo("chat.postMessage")[0].Channel);
    }

    [Fact]
    public async Task SharedFixtureEnvelope_IsAcknowledgedByItsEnvelopeId()
    {
        await using var host = await StartAsync();
        var socket = await _slack.WaitForSocketAsync(1);

        await socket.SendAsync(Payloads.Fixture("socket_envelope_events_api.json"));

        await socket.WaitForAckAsync("5f0b9c2e-8d1a-4c7e-9a3b-2e6f1d4c8b7a");
        Assert.Contains("5f0b9c2e-8d1a-4c7e-9a3b-2e6f1d4c8b7a", socket.Acks);
    }

    [Fact]
    public async Task RepeatedEnvelopesOfOneEvent_AreAllAcknowledgedButAnsweredOnce()
    {
        await using var host = await StartAsync();
        var socket = await _slack.WaitForSocketAsync(1);
        var eventId = Payloads.NewEventId();
        var body = DmEvent("start", eventId);
        var processed = host.WaitForProcessedAsync(1);

        var first = await socket.SendEnvelopeAsync("events_api", body);
        var second = await socket.SendEnvelopeAsync("events_api", body, retryAttempt: 1);
        await socket.WaitForAckAsync(first);
        await socket.WaitForAckAsync(second);
        await processed;
        await _slack.WaitForCallsAsync("chat.postMessage", 1);

        Assert.Single(host.Engine.Events);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task DisconnectRefresh_OpensTheNewConnectionBeforeClosingTheOld()
    {
        await using var host = await StartAsync();
        var first = await _slack.WaitForSocketAsync(1);

        await first.SendDisconnectAsync("refresh_requested");
        var second = await _slack.WaitForSocketAsync(2);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _slack.CallsTo("apps.connections.open").Count);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.CloseStatus);
        Assert.Equal(2, host.State.Connections);
        var processed = host.WaitForProcessedAsync(1);
        var id = await second.SendEnvelopeAsync("events_api", DmEvent("start"));
        await second.WaitForAckAsync(id);
        await processed;
    }

    [Fact]
    public async Task DisconnectRefresh_OldSocketKeepsWorkingUntilTheNewOneSaidHello()
    {
        await using var host = await StartAsync();
        var first = await _slack.WaitForSocketAsync(1);
        _slack.SendHello = false;

        await first.SendDisconnectAsync("warning");
        var second = await _slack.WaitForSocketAsync(2);
        var id = await first.SendEnvelopeAsync("events_api", DmEvent("start"));
        await first.WaitForAckAsync(id);
        Assert.False(first.Closed.IsCompleted);
        await second.SendHelloAsync();
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(id, first.Acks);
    }

    [Fact]
    public async Task DroppedSocket_ReconnectsWithBackoff()
    {
        await using var host = await StartAsync();
        var first = await _slack.WaitForSocketAsync(1);

        first.Abort();
        var second = await _slack.WaitForSocketAsync(2);
        await TestWait.UntilAsync(() => host.State.IsReady && host.State.Connections == 2);

        var processed = host.WaitForProcessedAsync(1);
        var id = await second.SendEnvelopeAsync("events_api", DmEvent("start"));
        await second.WaitForAckAsync(id);
        await processed;
    }

    [Fact]
    public async Task ConnectionsOpenFailing_IsRetriedThenConnects()
    {
        _slack.Script("apps.connections.open", new FakeResponse(500, "oops"));
        _slack.Script("apps.connections.open", new FakeResponse(500, "oops"));
        _slack.Script("apps.connections.open", new FakeResponse(500, "oops"));
        _slack.Script("apps.connections.open", new FakeResponse(500, "oops"));
        _slack.Script("apps.connections.open", new FakeResponse(500, "oops"));

        await using var host = await StartAsync();

        Assert.True(host.State.IsReady);
        Assert.True(_slack.CallsTo("apps.connections.open").Count >= 2);
    }

    [Fact]
    public async Task LinkDisabled_StopsAndReportsNotReady()
    {
        await using var host = await StartAsync();
        var first = await _slack.WaitForSocketAsync(1);

        await first.SendDisconnectAsync("link_disabled");
        await TestWait.UntilAsync(() => host.State.Failed);

        Assert.False(host.State.IsReady);
        Assert.Contains("link_disabled", host.State.Detail, StringComparison.Ordinal);
        Assert.Single(_slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task RejectedAppToken_ReportsClearErrorWithoutSecret()
    {
        _slack.RejectedTokens.Add("xapp-fake-not-a-real-token");
        await using var host = await StartAsync(waitReady: false);

        await TestWait.UntilAsync(() => host.State.Failed);

        Assert.False(host.State.IsReady);
        Assert.Contains("Slack:AppToken", host.State.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("xapp-fake", host.State.Detail, StringComparison.Ordinal);
    }
}
