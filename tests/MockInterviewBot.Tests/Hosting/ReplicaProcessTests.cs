using MockInterviewBot.Slack.Tests.Fakes;
using MockInterviewBot.Storage.Tests.Infrastructure;
using MockInterviewBot.Tests.Support;
using Npgsql;

namespace MockInterviewBot.Tests.Hosting;

/// <summary>
/// Two host processes sharing one PostgreSQL database, each with its own Socket Mode connection to the fake Slack,
/// and every event delivered to both (a retry landing on the other replica): each message is answered exactly once
/// and the session keeps every answer once.
/// </summary>
public sealed class ReplicaProcessTests : IAsyncLifetime
{
    private const string BotToken = "xoxb-fake-replica-test-bot-token";
    private const string AppToken = "xapp-fake-replica-test-app-token";

    private const string Answer =
        "Last spring our nightly invoice export kept failing and no team owned it. I decided to fix it myself: I read the " +
        "job's logs, I found a timeout on the largest customer, I split the export into batches and I tested it against " +
        "a copy of production before turning it on.";

    private readonly string _schema = "replicas_" + Guid.NewGuid().ToString("N");
    private FakeSlackServer _slack = null!;
    private NpgsqlConnectionStringBuilder? _admin;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        if (PostgresEnvironment.SkipReason is not null)
        {
            return;
        }

        _admin = new NpgsqlConnectionStringBuilder(PostgresEnvironment.RequireConnectionString());
        await ExecuteAsync($"CREATE SCHEMA {_schema}");
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        if (_admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    [PostgresFact]
    public async Task TwoReplicas_EveryEventDeliveredToBoth_EachMessageAnsweredOnce()
    {
        var connection = new NpgsqlConnectionStringBuilder(_admin!.ToString()) { SearchPath = _schema }.ToString();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = connection,
            ["Slack__Mode"] = "SocketMode",
            ["Slack__BotToken"] = BotToken,
            ["Slack__AppToken"] = AppToken,
            ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
        };

        // Both start together: their migrations race on the empty schema and must apply each version once.
        var starting = new[] { RunningApp.StartAsync(environment), RunningApp.StartAsync(environment) };
        await using var first = await starting[0];
        await using var second = await starting[1];
        FakeSocket[] sockets = [await _slack.WaitForSocketAsync(1), await _slack.WaitForSocketAsync(2)];

        await DeliverToBothAsync(sockets, "start practice amazon ownership");
        await WaitForPostAsync("Practice · Amazon");
        await DeliverToBothAsync(sockets, Answer);
        await DeliverToBothAsync(sockets, "done");
        await WaitForPostAsync("Follow-up");

        // Stop both: each finishes what it accepted before exiting, so every duplicate has been decided by now.
        await first.SignalAsync("TERM");
        await second.SignalAsync("TERM");
        Assert.Equal(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(40)));
        Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromSeconds(40)));

        var posts = _slack.CallsTo("chat.postMessage").Select(p => p.BlocksJson + p.Text).ToList();
        Assert.Single(posts, p => p.Contains("Practice · Amazon", StringComparison.Ordinal));
        Assert.Single(posts, p => p.Contains("Follow-up", StringComparison.Ordinal));
        Assert.Equal(1, await ScalarAsync(connection, "SELECT COUNT(*) FROM transcript_entries WHERE body = @body", Answer));
        Assert.Equal(1, await ScalarAsync(connection, "SELECT COUNT(*) FROM sessions", null));
        Assert.DoesNotContain("replicaTestBotSecret", first.Stdout + first.Stderr + second.Stdout + second.Stderr, StringComparison.Ordinal);
    }

    private static async Task DeliverToBothAsync(FakeSocket[] sockets, string text)
    {
        var payload = Payloads.Message(Payloads.Alice, text, Payloads.Dm, channelType: "im");
        foreach (var socket in sockets)
        {
            await socket.WaitForAckAsync(await socket.SendEnvelopeAsync("events_api", payload));
        }
    }

    private Task WaitForPostAsync(string contains) =>
        _slack.WaitForAsync(_ => _slack.CallsTo("chat.postMessage").Any(p => (p.BlocksJson + p.Text).Contains(contains, StringComparison.Ordinal)), TimeSpan.FromSeconds(30));

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin!.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, string? body)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (body is not null)
        {
            command.Parameters.AddWithValue("body", body);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
