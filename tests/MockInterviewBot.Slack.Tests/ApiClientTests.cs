using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Tests.Fakes;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Slack.Tests;

public sealed class ApiClientTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SlackApiClient Client(TimeProvider time, int maxRetries = 3, string? baseUrl = null, TimeSpan? timeout = null)
    {
        var options = Options.Create(new SlackOptions
        {
            ApiBaseUrl = new Uri(baseUrl ?? _slack.ApiBaseUrl.ToString()),
            MaxRetries = maxRetries,
            BotToken = "xoxb-t",
            RequestTimeout = timeout ?? TimeSpan.FromHours(2),
        });
        return new SlackApiClient(_services.GetRequiredService<IHttpClientFactory>(), new SlackRateGate(options, time), options, time, NullLogger<SlackApiClient>.Instance);
    }

    private static PostMessageRequest Post(string channel = "C0FAKECHAN1") => new() { Channel = channel, ThreadTs = "1767261600.123400", Text = "Follow-up" };

    [Fact]
    public async Task PostMessage_Ok_SendsJsonWithBearerAndReturnsTs()
    {
        var client = Client(new ScaledTimeProvider());

        var response = await client.PostMessageAsync("T1", "xoxb-fake-not-a-real-token", Post(), default);

        var call = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal("Bearer xoxb-fake-not-a-real-token", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("1767261600.123400", call.ThreadTs);
        Assert.False(call.Json!["unfurl_links"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(response.Ts));
    }

    [Fact]
    public async Task Call_BaseUrlWithoutTrailingSlash_StillAppendsMethod()
    {
        var client = Client(new ScaledTimeProvider(), baseUrl: _slack.ApiBaseUrl.ToString().TrimEnd('/'));

        await client.AuthTestAsync("xoxb-t", default);

        Assert.Single(_slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task PostMessage_OkFalseOnHttp200_ThrowsTypedErrorWithoutRetry()
    {
        _slack.Script("chat.postMessage", new FakeResponse(200, """{"ok":false,"error":"not_in_channel"}"""));
        var client = Client(new ScaledTimeProvider());

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync("T1", "xoxb-secret-value", Post(), default));

        Assert.Equal("not_in_channel", ex.Error);
        Assert.Equal(SlackErrorKind.Channel, ex.Kind);
        Assert.DoesNotContain("xoxb-secret-value", ex.Message, StringComparison.Ordinal);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostMessage_429WithRetryAfter_WaitsThenSucceeds()
    {
        _slack.Script("chat.postMessage", new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", new Dictionary<string, string> { ["Retry-After"] = "7" }));
        var time = new ScaledTimeProvider();
        var client = Client(time);

        var response = await client.PostMessageAsync("T1", "xoxb-t", Post(), default);

        Assert.True(response.Ok);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
        Assert.Contains(time.Requested, d => d >= TimeSpan.FromSeconds(7) && d <= TimeSpan.FromSeconds(9));
    }

    [Fact]
    public async Task PostMessage_RateLimitedOnHttp200_IsRetried()
    {
        _slack.Script("chat.postMessage", new FakeResponse(200, """{"ok":false,"error":"rate_limited"}"""));
        var client = Client(new ScaledTimeProvider());

        var response = await client.PostMessageAsync("T1", "xoxb-t", Post(), default);

        Assert.True(response.Ok);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_ServerErrors_AreRetriedWithJitteredBackoff()
    {
        _slack.Script("chat.postMessage", new FakeResponse(503, "upstream"));
        _slack.Script("chat.postMessage", new FakeResponse(500, """{"ok":false,"error":"internal_error"}"""));
        var time = new ScaledTimeProvider();
        var client = Client(time);

        var response = await client.PostMessageAsync("T1", "xoxb-t", Post(), default);

        Assert.True(response.Ok);
        Assert.Equal(3, _slack.CallsTo("chat.postMessage").Count);
        Assert.True(time.Requested.Count(d => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(5)) >= 2);
    }

    [Fact]
    public async Task Call_Timeout_IsRetried()
    {
        _slack.Script("views.publish", new FakeResponse(200, "", HangUntilAborted: true));
        var client = Client(new ScaledTimeProvider(scale: 100), timeout: TimeSpan.FromSeconds(20));

        var response = await client.PublishHomeAsync("T1", "xoxb-t", new ViewsPublishRequest("U1", new HomeView([])), default);

        Assert.True(response.Ok);
        await _slack.WaitForAsync(calls => calls.Any(c => c.Method == "views.publish:aborted"));
        Assert.Single(_slack.CallsTo("views.publish"));
    }

    [Fact]
    public async Task PostMessage_StillRateLimitedAfterRetries_ThrowsRateLimited()
    {
        for (var i = 0; i < 3; i++)
        {
            _slack.Script("chat.postMessage", new FakeResponse(429, """{"ok":false,"error":"ratelimited"}""", new Dictionary<string, string> { ["Retry-After"] = "1" }));
        }

        var client = Client(new ScaledTimeProvider(), maxRetries: 2);
        using var metrics = new MetricCapture();

        var ex = await Assert.ThrowsAsync<SlackRateLimitedException>(() => client.PostMessageAsync("T1", "xoxb-t", Post(), default));

        Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
        Assert.Equal(3, _slack.CallsTo("chat.postMessage").Count);
        Assert.True(metrics.Sum("mib_platform_rate_limited", ("platform", "slack")) >= 3, "each 429 counts as rate limited");
        Assert.True(metrics.Sum("mib_platform_api_errors", ("platform", "slack"), ("error", "ratelimited")) >= 1, "the call that gave up counts as an API error");
    }

    [Fact]
    public async Task AuthTest_InvalidToken_ThrowsAuthError()
    {
        _slack.RejectedTokens.Add("xoxb-bad");

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Client(new ScaledTimeProvider()).AuthTestAsync("xoxb-bad", default));

        Assert.Equal(SlackErrorKind.Auth, ex.Kind);
    }

    [Fact]
    public async Task RateGate_BurstThenOnePerSecondPerChannel()
    {
        var clock = new ManualTimeProvider();
        var gate = new SlackRateGate(Options.Create(new SlackOptions { ChannelBurst = 3, MessagesPerSecondPerChannel = 1 }), clock);

        var first = Enumerable.Range(0, 3).Select(_ => gate.WaitForChannelAsync("T1", "C1", default)).ToArray();
        var fourth = gate.WaitForChannelAsync("T1", "C1", default);
        var otherChannel = gate.WaitForChannelAsync("T1", "C2", default);

        Assert.All(first, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.True(otherChannel.IsCompletedSuccessfully);
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RateGate_429Pause_AppliesToThatMethodAndTeamOnly()
    {
        var clock = new ManualTimeProvider();
        var gate = new SlackRateGate(Options.Create(new SlackOptions()), clock);
        gate.Pause("T1", "chat.postMessage", TimeSpan.FromSeconds(30));

        var paused = gate.WaitForMethodAsync("T1", "chat.postMessage", default);
        var otherMethod = gate.WaitForMethodAsync("T1", "chat.update", default);
        var otherTeam = gate.WaitForMethodAsync("T2", "chat.postMessage", default);

        Assert.True(otherMethod.IsCompletedSuccessfully);
        Assert.True(otherTeam.IsCompletedSuccessfully);
        Assert.False(paused.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(30));
        await paused.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task PostMessage_ManyToOneChannel_KeepTheirOrder()
    {
        var time = new ScaledTimeProvider();
        var client = Client(time);

        for (var i = 0; i < 6; i++)
        {
            await client.PostMessageAsync("T1", "xoxb-t", Post() with { Text = "m" + i }, default);
        }

        Assert.Equal(new[] { "m0", "m1", "m2", "m3", "m4", "m5" }, _slack.CallsTo("chat.postMessage").Select(c => c.Text));
    }
}
