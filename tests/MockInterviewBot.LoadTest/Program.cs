using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack;
using MockInterviewBot.Slack.Transport;

// Slack HTTP load tool: fires N signed events over D seconds at /slack/events on loopback, against a fake Slack
// Web API, and reports acknowledgement latency and whether every reply was delivered exactly once.
//   dotnet run --project tests/MockInterviewBot.LoadTest -c Release -- [--events 500] [--seconds 5] [--retries 50] [--url http://127.0.0.1:8080]
// With --url the endpoint under test is external (it must use --secret's signing secret); replies are then only
// counted if that host's Slack:ApiBaseUrl points at the fake Slack this tool prints.

var events = IntArg("--events", 500);
var seconds = IntArg("--seconds", 5);
var retries = IntArg("--retries", 50);
var users = IntArg("--users", 100);
var url = StringArg("--url");
var secret = StringArg("--secret") ?? "loadTestSigningSecret000000000000";

await using var fake = await FakeSlack.StartAsync();
Console.WriteLine($"fake Slack Web API: {fake.ApiBase}");

WebApplication? app = null;
Uri target;
if (url is null)
{
    app = BuildApp(fake.ApiBase, secret);
    await app.StartAsync();
    target = new Uri(app.Urls.First());
}
else
{
    target = new Uri(url);
}

Console.WriteLine($"target: {target}slack/events, {events} events over {seconds} s from {users} users, plus {retries} Slack retries of already-sent events");

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
var verifier = new SlackRequestVerifier(secret, TimeProvider.System);
var bodies = Enumerable.Range(0, events).Select(i => Event(i, users)).ToArray();

// Warm-up (JIT, connection pool) with events that are not counted.
await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PostAsync(Event(1_000_000 + i, users), 0)));
var warm = Stopwatch.StartNew();
while (fake.Delivered.Count < 20 && warm.Elapsed < TimeSpan.FromSeconds(30))
{
    await Task.Delay(50);
}

fake.Reset();

var latencies = new ConcurrentBag<double>();
var failures = 0;
var started = Stopwatch.StartNew();
var interval = TimeSpan.FromSeconds(seconds) / events;
var sends = new List<Task>();
var random = new Random(42);
for (var i = 0; i < events; i++)
{
    var due = interval * i;
    var wait = due - started.Elapsed;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait);
    }

    var body = bodies[i];
    sends.Add(SendAsync(body, 0));
    if (i < retries * 2 && i % 2 == 1)
    {
        // Slack's http_timeout retry of an event it already sent, possibly while the first copy is in flight.
        sends.Add(SendAsync(bodies[random.Next(0, i + 1)], 1));
    }
}

await Task.WhenAll(sends);
var fired = started.Elapsed;
Console.WriteLine($"fired {sends.Count} requests in {fired.TotalSeconds:0.00} s");

// Wait for replies (per-channel pacing spreads them out), bounded.
var deadline = Stopwatch.StartNew();
while (fake.Delivered.Count < events && deadline.Elapsed < TimeSpan.FromSeconds(60))
{
    await Task.Delay(100);
}

await Task.Delay(500); // catch late duplicates

var sorted = latencies.OrderBy(x => x).ToArray();
double Pct(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
var duplicates = fake.Delivered.Values.Count(v => v > 1);
var missing = bodies.Length - fake.Delivered.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack latency ms: p50 {Pct(50):0.00}  p90 {Pct(90):0.00}  p99 {Pct(99):0.00}  max {sorted.LastOrDefault():0.00}  (n={sorted.Length}, non-2xx {failures})"));
Console.WriteLine($"replies: {fake.Delivered.Count}/{events} delivered, {duplicates} delivered more than once, {missing} missing; chat.postMessage calls {fake.PostCalls}");
var ok = failures == 0 && duplicates == 0 && missing == 0 && Pct(99) < 50;
Console.WriteLine(ok ? "RESULT: PASS (ack p99 < 50 ms, every reply exactly once)" : "RESULT: FAIL");

if (app is not null)
{
    await app.StopAsync();
    await app.DisposeAsync();
}

return ok ? 0 : 1;

async Task SendAsync(string body, int retryNum)
{
    var watch = Stopwatch.StartNew();
    var response = await PostAsync(body, retryNum);
    watch.Stop();
    latencies.Add(watch.Elapsed.TotalMilliseconds);
    if (!response.IsSuccessStatusCode)
    {
        Interlocked.Increment(ref failures);
    }
}

async Task<HttpResponseMessage> PostAsync(string body, int retryNum)
{
    var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var bytes = Encoding.UTF8.GetBytes(body);
    using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(bytes) };
    request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    request.Headers.Add("X-Slack-Request-Timestamp", ts);
    request.Headers.Add("X-Slack-Signature", verifier.Sign(bytes, ts));
    if (retryNum > 0)
    {
        request.Headers.Add("X-Slack-Retry-Num", retryNum.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
    }

    var response = await http.SendAsync(request);
    await response.Content.ReadAsByteArrayAsync();
    return response;
}

static string Event(int i, int users)
{
    var user = "U0LOAD" + (i % users).ToString("D4", CultureInfo.InvariantCulture);
    var channel = "D0LOAD" + (i % users).ToString("D4", CultureInfo.InvariantCulture);
    var ts = (1767300000 + i).ToString(CultureInfo.InvariantCulture) + ".000100";
    return new JsonObject
    {
        ["type"] = "event_callback",
        ["team_id"] = "T0LOADTEAM",
        ["api_app_id"] = "A0FAKEAPP01",
        ["event_id"] = "EvLOAD" + i.ToString("D7", CultureInfo.InvariantCulture),
        ["event_time"] = 1767300000 + i,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T0LOADTEAM", ["user_id"] = "U0LOADBOT", ["is_bot"] = true }),
        ["event"] = new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["channel"] = channel, ["ts"] = ts, ["event_ts"] = ts,
            ["text"] = "load message " + i.ToString(CultureInfo.InvariantCulture), ["team"] = "T0LOADTEAM",
        },
    }.ToJsonString();
}

static WebApplication BuildApp(Uri apiBase, string secret)
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.Configuration.Sources.Clear();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Slack:Mode"] = "Http",
        ["Slack:BotToken"] = "xoxb-load-test",
        ["Slack:SigningSecret"] = secret,
        ["Slack:ApiBaseUrl"] = apiBase.ToString(),
    });
    builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
    var store = new InMemoryStore();
    builder.Services.AddSingleton<IProcessedEventStore>(store);
    builder.Services.AddSingleton<ITenantStore>(store);
    builder.Services.AddSingleton<IThreadTopicStore>(store);
    builder.Services.AddSingleton<IUserSettingsStore>(store);
    builder.Services.AddSingleton<ISessionStore>(store);
    builder.Services.AddSingleton<IInterviewEngine, EchoEngine>();
    builder.Services.AddSingleton(sp => new InboundDispatcher(sp.GetRequiredService<IInterviewEngine>(), sp.GetRequiredService<ILogger<InboundDispatcher>>()));
    builder.Services.AddHostedService<DispatcherService>();
    builder.Services.AddSlackAdapter(builder.Configuration);
    var app = builder.Build();
    app.MapSlackEndpoints();
    return app;
}

static int IntArg(string name, int fallback) => StringArg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

static string? StringArg(string name)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

/// <summary>Answers every message with one reply naming it, so the fake Slack can count deliveries per event.</summary>
internal sealed class EchoEngine : IInterviewEngine
{
    public Task<EngineResponse> HandleAsync(InboundEvent inbound, CancellationToken cancellationToken) =>
        Task.FromResult(new EngineResponse([new Reply { Purpose = ReplyPurpose.Info, Blocks = [new TextBlock("reply to " + inbound.MessageId)], FallbackText = "reply to " + inbound.MessageId }]));
}

internal sealed class DispatcherService(InboundDispatcher dispatcher) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);
}

/// <summary>A minimal fake Slack Web API counting chat.postMessage deliveries by text.</summary>
internal sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _ts = 1_767_400_000_000_000;
    private int _posts;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri ApiBase { get; private set; } = null!;

    public ConcurrentDictionary<string, int> Delivered { get; private set; } = new(StringComparer.Ordinal);

    public int PostCalls => Volatile.Read(ref _posts);

    public void Reset()
    {
        Delivered = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Interlocked.Exchange(ref _posts, 0);
    }

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.MapPost("/api/{method}", async (HttpContext context, string method) =>
        {
            var json = await JsonNode.ParseAsync(context.Request.Body);
            if (method == "chat.postMessage")
            {
                Interlocked.Increment(ref fake._posts);
                fake.Delivered.AddOrUpdate(json?["text"]?.GetValue<string>() ?? "", 1, (_, n) => n + 1);
            }

            var ts = Interlocked.Increment(ref fake._ts);
            var tsText = (ts / 1_000_000).ToString(CultureInfo.InvariantCulture) + "." + (ts % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            return method == "auth.test"
                ? Results.Text("""{"ok":true,"team_id":"T0LOADTEAM","user_id":"U0LOADBOT","bot_id":"B0LOADBOT"}""", "application/json")
                : Results.Text($$"""{"ok":true,"channel":"{{json?["channel"]?.GetValue<string>()}}","ts":"{{tsText}}"}""", "application/json");
        });
        await app.StartAsync();
        fake.ApiBase = new Uri(new Uri(app.Urls.First()), "/api/");
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
