using System.Text.Json;
using Microsoft.Data.Sqlite;
using MockInterviewBot.Slack.Tests.Fakes;
using MockInterviewBot.Tests.Support;

namespace MockInterviewBot.Tests.Hosting;

/// <summary>
/// The host as a real process against the fake Slack (Socket Mode) on loopback, with a SQLite file: a SIGKILL or a
/// SIGTERM mid-interview loses nothing, logs never carry secrets, JSON logs on request.
/// </summary>
public sealed class HostProcessTests : IAsyncLifetime
{
    private const string BotToken = "xoxb-fake-process-test-bot-token";
    private const string AppToken = "xapp-fake-process-test-app-token";

    private const string Answer =
        "In my last role our checkout service failed every night and nobody owned it. I decided to own the fix myself. " +
        "I traced the failures to a connection pool limit, I wrote a patch, I tested it in staging with production traffic " +
        "replays and I rolled it out behind a flag.";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("mib-proc-").FullName;
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private Dictionary<string, string> Environment(params (string Key, string Value)[] extra)
    {
        var env = new Dictionary<string, string>
        {
            ["Storage__DataDirectory"] = _dataDirectory,
            ["Slack__Mode"] = "SocketMode",
            ["Slack__BotToken"] = BotToken,
            ["Slack__AppToken"] = AppToken,
            ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
            ["Host__ShutdownTimeout"] = "00:00:20",
        };
        foreach (var (key, value) in extra)
        {
            env[key] = value;
        }

        return env;
    }

    private static string Dm(string text) => Payloads.Message(Payloads.Alice, text, Payloads.Dm, channelType: "im");

    private IReadOnlyList<RecordedCall> Posts => _slack.CallsTo("chat.postMessage");

    private Task WaitForPostAsync(string contains) =>
        _slack.WaitForAsync(_ => Posts.Any(p => (p.BlocksJson + p.Text).Contains(contains, StringComparison.Ordinal)), TimeSpan.FromSeconds(30));

    private async Task<FakeSocket> StartInterviewAsync(int socketNumber)
    {
        var socket = await _slack.WaitForSocketAsync(socketNumber);
        await socket.SendEnvelopeAsync("events_api", Dm("start practice amazon ownership"));
        await WaitForPostAsync("Practice · Amazon");
        return socket;
    }

    [Fact]
    public async Task Sigkill_MidInterview_RestartResumesTheSessionFromTheDatabase()
    {
        await using (var first = await RunningApp.StartAsync(Environment()))
        {
            var socket = await StartInterviewAsync(1);
            var before = Posts.Count;
            await socket.SendEnvelopeAsync("events_api", Dm(Answer));
            await _slack.WaitForAsync(_ => Posts.Count > before, TimeSpan.FromSeconds(30));
            await first.SignalAsync("KILL");
            Assert.NotEqual(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        }

        await using var second = await RunningApp.StartAsync(Environment());
        var again = await _slack.WaitForSocketAsync(2);
        await again.SendEnvelopeAsync("events_api", Dm("done"));

        // The answer given before the kill is still there: submitting it brings the follow-up probe.
        await WaitForPostAsync("Follow-up");
        Assert.Equal(1, CountTranscriptEntries(Answer));
    }

    [Fact]
    public async Task Sigterm_MidInterview_ExitsZeroAfterSavingTheTurn()
    {
        await using var app = await RunningApp.StartAsync(Environment(("Logging__Console__FormatterName", "json")));
        var socket = await StartInterviewAsync(1);
        var envelope = await socket.SendEnvelopeAsync("events_api", Dm(Answer));
        await socket.WaitForAckAsync(envelope);

        await app.SignalAsync("TERM");
        var exit = await app.WaitForExitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(0, exit);
        Assert.Equal(1, CountTranscriptEntries(Answer));
        Assert.Contains("Inbound queue drained", app.Stdout, StringComparison.Ordinal);
        // JSON console logs on request: every line is one JSON object.
        var lines = app.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        AssertNoSecrets(app);
    }

    [Fact]
    public async Task Secrets_TokenRejectedByPlatform_NeverInLogsOrReadiness()
    {
        _slack.RejectedTokens.Add(BotToken);
        await using var app = await RunningApp.StartAsync(Environment(("Logging__LogLevel__Default", "Trace")));

        // Wait until readiness reports Slack down with its reason, then check what was written anywhere.
        string body = "";
        await _slack.WaitForCallsAsync("auth.test", 1, TimeSpan.FromSeconds(30));
        using var response = await app.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        body = await response.Content.ReadAsStringAsync();
        await app.SignalAsync("TERM");
        await app.WaitForExitAsync(TimeSpan.FromSeconds(40));

        Assert.DoesNotContain(BotToken, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AppToken, body, StringComparison.Ordinal);
        AssertNoSecrets(app);
    }

    private static void AssertNoSecrets(RunningApp app)
    {
        foreach (var secret in new[] { BotToken, AppToken, "processTestBotSecret", "processTestAppSecret" })
        {
            Assert.DoesNotContain(secret, app.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, app.Stderr, StringComparison.Ordinal);
        }
    }

    private long CountTranscriptEntries(string body)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "mockinterviewbot.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM transcript_entries WHERE body = $body";
        command.Parameters.AddWithValue("$body", body);
        return (long)command.ExecuteScalar()!;
    }
}
