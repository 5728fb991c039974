using System.Net;
using Microsoft.Extensions.Options;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

public sealed class StartupTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Start_InvalidBotToken_ReadinessFalseWithClearError()
    {
        _slack.RejectedTokens.Add("xoxb-fake-not-a-real-token");

        await using var host = await SlackTestHost.StartAsync(_slack, waitReady: false);
        await TestWait.UntilAsync(() => host.State.Failed);

        Assert.False(host.State.IsReady);
        Assert.Contains("Slack:BotToken", host.State.Detail, StringComparison.Ordinal);
        Assert.Contains("invalid_auth", host.State.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-fake", host.State.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SocketModeWithoutAppToken_FailsNamingTheKey()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            SlackTestHost.StartAsync(_slack, s => { s["Slack:Mode"] = "SocketMode"; s["Slack:AppToken"] = ""; }));

        Assert.Contains("Slack:AppToken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_HttpModeWithoutSigningSecret_FailsNamingTheKey()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            SlackTestHost.StartAsync(_slack, s => s["Slack:SigningSecret"] = ""));

        Assert.Contains("Slack:SigningSecret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BotTokenWithWrongPrefix_FailsWithoutEchoingIt()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            SlackTestHost.StartAsync(_slack, s => s["Slack:BotToken"] = "xoxp-fake-user-token"));

        Assert.Contains("Slack:BotToken", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxp-fake-user-token", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoBotToken_AdapterDisabledAndEndpointsAbsent()
    {
        await using var host = await SlackTestHost.StartAsync(_slack, s => { s["Slack:BotToken"] = ""; s["Slack:SigningSecret"] = ""; });

        var response = await host.PostEventAsync(Payloads.Fixture("url_verification.json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(host.State.Enabled);
        Assert.True(host.State.IsReady);
        Assert.Empty(_slack.Calls);
    }

    [Fact]
    public void Validator_DefaultsAreSocketModeThreadAndSlackApi()
    {
        var options = new SlackOptions();

        Assert.Equal(SlackMode.SocketMode, options.Mode);
        Assert.Equal(SlackFeedbackVisibility.Thread, options.FeedbackVisibility);
        Assert.Equal("https://slack.com/api/", options.ApiBaseUrl.ToString());
        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
    }
}

public sealed class SlackOptionsRangeTests
{
    private static List<string> Failures(SlackOptions options) =>
        new SlackOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    private static SlackOptions Enabled() => new() { BotToken = "xoxb-fake-range-test", AppToken = "xapp-fake-range-test" };

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void RequestTimeout_NotPositive_NamesTheKey(int seconds)
    {
        var options = Enabled();
        options.RequestTimeout = TimeSpan.FromSeconds(seconds);

        Assert.Contains(Failures(options), f => f.StartsWith("Slack:RequestTimeout must be between 00:00:01", StringComparison.Ordinal));
    }

    [Fact]
    public void MaxReconnectDelay_Zero_NamesTheKey()
    {
        var options = Enabled();
        options.MaxReconnectDelay = TimeSpan.Zero;

        Assert.Contains(Failures(options), f => f.StartsWith("Slack:MaxReconnectDelay must be between 00:00:01 and 01:00:00", StringComparison.Ordinal));
    }

    [Fact]
    public void UndefinedModeNumber_IsRejected()
    {
        var options = Enabled();
        options.Mode = (SlackMode)9;
        options.FeedbackVisibility = (SlackFeedbackVisibility)4;

        var failures = Failures(options);

        Assert.Contains(failures, f => f.StartsWith("Slack:Mode must be SocketMode or Http (was 9)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Slack:FeedbackVisibility must be Thread or Ephemeral (was 4)", StringComparison.Ordinal));
    }

    [Fact]
    public void DisabledAdapter_IsNotChecked()
    {
        var options = new SlackOptions { RequestTimeout = TimeSpan.Zero };

        Assert.Empty(Failures(options));
    }
}
