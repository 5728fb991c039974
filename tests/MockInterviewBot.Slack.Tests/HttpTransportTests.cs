using System.Net;
using System.Text.Json;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

public sealed class HttpTransportTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Events_UrlVerification_ReturnsChallenge()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        var response = await host.PostEventAsync(Payloads.Fixture("url_verification.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", doc.RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Events_WrongSecret_Returns401AndDoesNothing()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        var response = await host.PostSignedAsync("/slack/events", Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im"), "application/json", secret: "wrong-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Engine.Events);
    }

    [Fact]
    public async Task Events_StaleTimestamp_Returns401()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        var old = host.Services.GetTime().GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds();

        var response = await host.PostSignedAsync("/slack/events", Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im"), "application/json", timestamp: old);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Events_TamperedBody_Returns401()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        var body = Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im");
        var ts = host.Services.GetTime().GetUtcNow().ToUnixTimeSeconds();
        var signature = SlackTestHost.Sign(body, ts);

        var response = await host.PostSignedAsync("/slack/events", body.Replace("start", "stop", StringComparison.Ordinal), "application/json", timestamp: ts, signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Engine.Events);
    }

    [Fact]
    public async Task Events_MissingSignature_Returns401()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        var response = await host.Http.PostAsync("/slack/events", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Commands_SslCheck_IsAnsweredWithoutWork()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        var response = await host.Http.PostAsync("/slack/commands", new FormUrlEncodedContent(new Dictionary<string, string> { ["ssl_check"] = "1", ["token"] = "x" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Engine.Events);
    }

    [Fact]
    public async Task Events_MalformedJson_Returns400()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        var response = await host.PostEventAsync("{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Events_RetriesOfOneEvent_AreAnsweredOnce()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        var body = Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im");
        var processed = host.WaitForProcessedAsync(1);

        var responses = await Task.WhenAll(host.PostEventAsync(body), host.PostEventAsync(body, retryNum: 1), host.PostEventAsync(body, retryNum: 2));
        await processed;
        await _slack.WaitForCallsAsync("chat.postMessage", 1);
        var fourth = await host.PostEventAsync(body, retryNum: 3);

        Assert.All(responses.Append(fourth), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(host.Engine.Events);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Events_RetryIsTheOnlyCopy_IsProcessed()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        var processed = host.WaitForProcessedAsync(1);

        var response = await host.PostEventAsync(Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im"), retryNum: 2);
        await processed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Engine.Events);
    }

    [Fact]
    public async Task Events_AppMentionAndMessageCopies_AreAnsweredOnce()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);
        var ts = Payloads.NewTs();
        var processed = host.WaitForProcessedAsync(1);

        await host.PostEventAsync(Payloads.Message(Payloads.Alice, $"<@{FakeSlackServer.BotUser}> practice amazon", ts: ts, type: "app_mention"));
        await host.PostEventAsync(Payloads.Message(Payloads.Alice, $"<@{FakeSlackServer.BotUser}> practice amazon", ts: ts));
        await processed;
        await _slack.WaitForCallsAsync("chat.update", 1);

        Assert.Single(host.Engine.Events);
        Assert.Single(_slack.CallsTo("chat.postMessage"), c => c.ThreadTs is null);
    }

    [Fact]
    public async Task Events_BotsOwnPost_IsIgnored()
    {
        await using var host = await SlackTestHost.StartAsync(_slack);

        var own = await host.PostEventAsync(Payloads.Fixture("events_api_bot_message_self.json"));
        var dm = host.WaitForProcessedAsync(1);
        await host.PostEventAsync(Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im"));
        await dm;

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var only = Assert.Single(host.Engine.Events);
        Assert.Equal(Payloads.Alice, only.Key.User);
    }

    [Fact]
    public async Task Events_AcknowledgedWhileEngineIsStillWorking()
    {
        var gate = new TaskCompletionSource();
        var engine = new Moq.Mock<IInterviewEngine>();
        engine.Setup(e => e.HandleAsync(Moq.It.IsAny<InboundEvent>(), Moq.It.IsAny<CancellationToken>()))
            .Returns(async () => { await gate.Task; return EngineResponse.None; });
        await using var host = await SlackTestHost.StartAsync(_slack, engine: _ => engine.Object);

        var processed = host.WaitForProcessedAsync(1);

        var response = await host.PostEventAsync(Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im"));
        var engineStillRunning = !processed.IsCompleted;
        gate.SetResult();
        await processed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(engineStillRunning);
    }

    [Fact]
    public async Task Events_QueueFull_Returns503ThenTheRetryIsAccepted()
    {
        var gate = new TaskCompletionSource();
        var seen = new List<string>();
        var engine = new Moq.Mock<IInterviewEngine>();
        engine.Setup(e => e.HandleAsync(Moq.It.IsAny<InboundEvent>(), Moq.It.IsAny<CancellationToken>()))
            .Returns(async (InboundEvent e, CancellationToken _) => { lock (seen) { seen.Add(e.MessageId); } await gate.Task; return EngineResponse.None; });
        await using var host = await SlackTestHost.StartAsync(_slack, engine: _ => engine.Object, dispatcherCapacity: 1);

        // One conversation = one partition: the first is being handled, the second waits, the third does not fit.
        var bodies = Enumerable.Range(0, 3).Select(_ => Payloads.Message(Payloads.Alice, "answer", Payloads.Dm, channelType: "im")).ToArray();
        var first = await host.PostEventAsync(bodies[0]);
        await TestWait.UntilAsync(() => { lock (seen) { return seen.Count == 1; } });
        var second = await host.PostEventAsync(bodies[1]);
        var third = await host.PostEventAsync(bodies[2]);
        var processed = host.WaitForProcessedAsync(3);
        gate.SetResult();
        await TestWait.UntilAsync(() => host.Dispatcher.Depth == 0);
        var retry = await host.PostEventAsync(bodies[2], retryNum: 1);
        await processed;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(3, seen.Distinct().Count());
    }
}
