using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Hosting;

namespace MockInterviewBot.Tests.Hosting;

/// <summary>The bot host in-process on a loopback port: /healthz, /readyz and /metrics.</summary>
public sealed class HostEndpointTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("mib-host-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private async Task<(WebApplication App, HttpClient Http)> StartAsync(params string[] extra)
    {
        string[] args = ["--Urls=http://127.0.0.1:0", $"--Storage:DataDirectory={_dataDirectory}", "--Slack:BotToken=", "--Discord:Token=", .. extra];
        var app = BotHost.Build(args);
        await app.StartAsync();
        var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        return (app, http);
    }

    [Fact]
    public async Task Healthz_Running_AnswersOk()
    {
        var (app, http) = await StartAsync();
        await using var _ = app;
        using var __ = http;

        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Readyz_NoPlatformSqlite_ReadyWithEveryPart()
    {
        var (app, http) = await StartAsync();
        await using var _ = app;
        using var __ = http;

        var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        var parts = body.RootElement.GetProperty("parts");
        Assert.Equal("sqlite", parts.GetProperty("database").GetProperty("detail").GetString());
        Assert.Matches(@"^\d+ scenarios loaded$", parts.GetProperty("scenarios").GetProperty("detail").GetString());
        Assert.Equal("not configured", parts.GetProperty("slack").GetProperty("detail").GetString());
        Assert.Equal("not configured", parts.GetProperty("discord").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Readyz_DatabaseDown_503NamesDatabaseWithoutThePassword()
    {
        var closedPort = ClosedPort();
        var (app, http) = await StartAsync(
            "--Storage:Provider=Postgres",
            $"--Storage:ConnectionString=Host=127.0.0.1;Port={closedPort};Username=mib;Password=hunter2-secret;Timeout=2");
        await using var _ = app;
        using var __ = http;

        var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not ready", body.RootElement.GetProperty("status").GetString());
        Assert.False(body.RootElement.GetProperty("parts").GetProperty("database").GetProperty("ready").GetBoolean());
        Assert.True(body.RootElement.GetProperty("parts").GetProperty("scenarios").GetProperty("ready").GetBoolean());
        Assert.DoesNotContain("hunter2-secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterATerminalStyleTurn_ExposesPrometheusText()
    {
        var (app, http) = await StartAsync();
        await using var _ = app;
        using var __ = http;
        var dispatcher = app.Services.GetRequiredService<MockInterviewBot.Core.Conversations.InboundDispatcher>();
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inbound = new MockInterviewBot.Core.Conversations.InboundEvent
        {
            Key = new("web", "metrics-test", "c", null, "u1"),
            Kind = MockInterviewBot.Core.Conversations.InboundKind.Message,
            Text = "start practice amazon ownership",
            MessageId = "m1",
            Timestamp = DateTimeOffset.UtcNow,
            IsDirect = true,
        };

        Assert.True(dispatcher.TryEnqueue(inbound, (_, _, _) =>
        {
            handled.TrySetResult();
            return Task.CompletedTask;
        }));
        await handled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE mib_interviews_started_total counter", text, StringComparison.Ordinal);
        Assert.Contains("mib_interviews_started_total{mode=\"practice\",platform=\"web\"}", text, StringComparison.Ordinal);
        Assert.Contains("mib_platform_events_in_total{platform=\"web\"}", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE mib_queue_depth gauge", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebFront_RealHost_ServesPlaygroundAndApiAndAdminOnlyWithAToken()
    {
        var (app, http) = await StartAsync("--Admin:Token=host-test-admin-token");
        await using var _ = app;
        using var __ = http;

        var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        var options = await http.GetAsync(new Uri("/api/playground/options", UriKind.Relative));
        var admin = await http.GetAsync(new Uri("/admin", UriKind.Relative));
        using var refused = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/admin/overview", UriKind.Relative));
        var refusedResponse = await http.SendAsync(refused);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        using var body = JsonDocument.Parse(await options.Content.ReadAsStringAsync());
        Assert.NotEqual(0, body.RootElement.GetProperty("frameworks").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedResponse.StatusCode);
    }

    [Fact]
    public async Task StudyGroups_RealHost_CommandsReachTheEngineAndTheSchedulerRuns()
    {
        var (app, http) = await StartAsync();
        await using var _ = app;
        using var __ = http;

        var commands = app.Services.GetServices<MockInterviewBot.Core.Interviews.Commands.IChatCommand>().Select(c => c.GetType().Name).ToList();
        Assert.Contains("ScheduleCommand", commands);
        Assert.Contains("LeaderboardCommand", commands);
        Assert.Contains("PairCommand", commands);
        Assert.Contains(app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s.GetType().Name == "StudyGroupScheduler");

        // Durable storage backs the study-group stores in the real host, not memory.
        Assert.DoesNotContain("InMemory", app.Services.GetRequiredService<MockInterviewBot.Groups.Storage.IStudyGroupStore>().GetType().Name, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
