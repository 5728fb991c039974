using System.Net;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

public sealed class OAuthTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Task<SlackTestHost> StartAsync() => SlackTestHost.StartAsync(_slack, s =>
    {
        s["Slack:ClientId"] = "1234.5678";
        s["Slack:ClientSecret"] = "fakeClientSecret";
        s["Slack:RedirectUri"] = "https://bot.example.com/slack/oauth/callback";
    });

    private static HttpClient NoRedirects(SlackTestHost host) => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };

    [Fact]
    public async Task InstallThenCallback_StoresOneTokenPerTeamAndUsesIt()
    {
        await using var host = await StartAsync();
        using var http = NoRedirects(host);

        var install = await http.GetAsync("/slack/install");
        Assert.Equal(HttpStatusCode.Redirect, install.StatusCode);
        var location = install.Headers.Location!;
        Assert.StartsWith("https://slack.com/oauth/v2/authorize?", location.ToString(), StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("1234.5678", query["client_id"].ToString());
        Assert.Contains("chat:write", query["scope"].ToString(), StringComparison.Ordinal);
        var cookie = install.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var callback = new HttpRequestMessage(HttpMethod.Get, "/slack/oauth/callback?code=fake-code&state=" + Uri.EscapeDataString(query["state"].ToString()));
        callback.Headers.Add("Cookie", cookie);
        var done = await http.SendAsync(callback);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var exchange = Assert.Single(_slack.CallsTo("oauth.v2.access"));
        Assert.StartsWith("Basic ", exchange.Authorization, StringComparison.Ordinal);
        Assert.Contains("code=fake-code", exchange.RawBody, StringComparison.Ordinal);
        var installation = await host.Store.GetInstallationAsync(new TenantRef("slack", "T0FAKETEAM2"), default);
        Assert.Equal("xoxb-installed", installation!.BotToken);
        Assert.Equal("U0FAKEBOT02", installation.BotUserId);

        var processed = host.WaitForProcessedAsync(1);
        var dm = Payloads.Message(Payloads.Alice, "start", Payloads.Dm, channelType: "im").Replace("T0FAKETEAM1", "T0FAKETEAM2", StringComparison.Ordinal).Replace("U0FAKEBOT01", "U0FAKEBOT02", StringComparison.Ordinal);
        await host.PostEventAsync(dm);
        await processed;
        await _slack.WaitForCallsAsync("chat.postMessage", 1);

        Assert.Equal("Bearer xoxb-installed", _slack.CallsTo("chat.postMessage").Single().Authorization);
    }

    [Fact]
    public async Task Callback_ForgedState_IsRejected()
    {
        await using var host = await StartAsync();
        using var http = NoRedirects(host);

        using var callback = new HttpRequestMessage(HttpMethod.Get, "/slack/oauth/callback?code=fake-code&state=abc.123.def");
        callback.Headers.Add("Cookie", "slack_oauth_state=abc");
        var response = await http.SendAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_slack.CallsTo("oauth.v2.access"));
    }
}
