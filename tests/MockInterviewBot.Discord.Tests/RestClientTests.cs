using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Discord.Json;
using MockInterviewBot.Discord.Rest;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

public sealed class RestClientTests : IAsyncLifetime
{
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();

        // A gateway URL that refuses connections keeps the gateway out of these REST tests.
        _host = await DiscordTestHost.StartAsync(_fake, new ScriptedEngine(), TimeProvider.System,
            new Dictionary<string, string?> { ["Discord:GatewayUrl"] = "ws://127.0.0.1:9/none" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private DiscordRestClient Rest => _host.Services.GetRequiredService<DiscordRestClient>();

    private static MessagePayload Hello => new() { Content = "hi <@1242178038792331271>" };

    [Fact]
    public async Task CreateMessage_429WithFractionalRetryAfter_WaitsThenSucceeds()
    {
        _fake.ScriptResponse("/messages", 429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.25,\"global\":false}",
            new Dictionary<string, string> { ["Retry-After"] = "1", ["Via"] = "1.1 google", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.25", ["X-RateLimit-Scope"] = "user" });

        using var metrics = new MetricCapture();
        var message = await Rest.CreateMessageAsync(FakeDiscord.DmChannel, Hello, CancellationToken.None);

        Assert.NotNull(message);
        Assert.True(metrics.Sum("mib_platform_rate_limited", ("platform", "discord")) >= 1, "the 429 counts as rate limited");
        var calls = _fake.CallsTo("POST", "/messages").ToArray();
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        var waited = calls[1].At - calls[0].At;
        Assert.True(waited >= TimeSpan.FromMilliseconds(240), $"waited only {waited.TotalMilliseconds} ms");

        // The wall-clock gap has no upper bound on a busy machine; what the client scheduled does.
        var scheduled = _host.Logs.Lines.Select(l => l.Message).Where(m => m.Contains("retrying after", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Discord rate-limited POST channels/{channel_id}/messages; retrying after 250 ms (global: False)"], scheduled);
        Assert.Equal("[]", calls[1].Json!["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task CreateMessage_CloudflareStyle429_NotRetried()
    {
        _fake.ScriptResponse("/messages", 429, "<html>banned</html>");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Rest.CreateMessageAsync(FakeDiscord.DmChannel, Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(_fake.CallsTo("POST", "/messages"));
    }

    [Fact]
    public async Task Unauthorized_NotRetried_AndLaterCallsStopWithoutTraffic()
    {
        _fake.ScriptResponse("/messages", 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");

        await Assert.ThrowsAsync<DiscordRestException>(() => Rest.CreateMessageAsync(FakeDiscord.DmChannel, Hello, CancellationToken.None));
        var second = await Assert.ThrowsAsync<DiscordRestException>(() => Rest.CreateMessageAsync(FakeDiscord.DmChannel, Hello, CancellationToken.None));

        Assert.Single(_fake.CallsTo("POST", "/messages"));
        Assert.Contains("Discord:Token", second.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.Token, second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFound_NotRetried()
    {
        _fake.ScriptResponse("/messages", 404, "{\"message\":\"Unknown Channel\",\"code\":10003}");

        using var metrics = new MetricCapture();
        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Rest.CreateMessageAsync(FakeDiscord.DmChannel, Hello, CancellationToken.None));
        Assert.True(metrics.Sum("mib_platform_api_errors", ("platform", "discord"), ("error", "404")) >= 1, "the failed call counts as an API error");

        Assert.Equal(10003, error.Code);
        Assert.Single(_fake.CallsTo("POST", "/messages"));
    }

    [Fact]
    public async Task InteractionCallback_AlreadyAcknowledged_TreatedAsSuccess()
    {
        _fake.ScriptResponse("/callback", 400, "{\"message\":\"Interaction has already been acknowledged.\",\"code\":40060}");

        await Rest.CreateInteractionResponseAsync("1", "tok", new InteractionCallback { Type = 5 }, CancellationToken.None);

        Assert.Single(_fake.CallsTo("POST", "/callback"));
    }

    [Fact]
    public async Task WebhookErrors_NeverLeakTheInteractionToken()
    {
        _fake.ScriptResponse("webhooks/", 404, "{\"message\":\"Unknown Webhook\",\"code\":10015}");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Rest.CreateFollowupAsync("app", "SECRET_INTERACTION_TOKEN", Hello, CancellationToken.None));

        Assert.DoesNotContain("SECRET_INTERACTION_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Message.Contains("SECRET_INTERACTION_TOKEN", StringComparison.Ordinal));
    }

    [Fact]
    public void RateLimitHeaders_CommaDecimalCulture_ParsedInvariantly()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            using var response = new HttpResponseMessage();
            response.Headers.Add("X-RateLimit-Reset-After", "1.412");
            response.Headers.Add("X-RateLimit-Remaining", "0");
            response.Headers.Add("X-RateLimit-Bucket", "abc");

            var headers = RateLimitHeaders.Parse(response.Headers);

            Assert.Equal(1.412, headers.ResetAfterSeconds);
            Assert.Equal(0, headers.Remaining);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
