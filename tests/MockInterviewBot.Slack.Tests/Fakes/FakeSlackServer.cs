using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>One Web API call the fake Slack received.</summary>
public sealed record RecordedCall(string Method, string? Authorization, string? ContentType, string RawBody, JsonNode? Json, DateTimeOffset At)
{
    public string? Str(string property) => Json?[property]?.GetValue<string>();

    public string? Channel => Str("channel");

    public string? ThreadTs => Str("thread_ts");

    public string? Text => Str("text");

    public string BlocksJson => Json?["blocks"]?.ToJsonString(Readable) ?? "";

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>A scripted answer: status, headers, body; or a call that never answers (a timeout).</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool HangUntilAborted = false);

/// <summary>
/// A fake Slack on 127.0.0.1: the Web API methods the adapter uses (recording every call, answering from scripts or
/// defaults), and a Socket Mode WebSocket endpoint handed out by apps.connections.open.
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    public const string Team = "T0FAKETEAM1";
    public const string BotUser = "U0FAKEBOT01";
    public const string BotId = "B0FAKEBOT01";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripts = new(StringComparer.Ordinal);
    private readonly List<(Func<IReadOnlyList<RecordedCall>, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<FakeSocket> _sockets = new();
    private readonly List<(Func<FakeSocket, bool> Condition, TaskCompletionSource<FakeSocket> Done)> _socketWaiters = [];
    private long _ts = 1_767_300_000_000_000;
    private int _socketIds;

    private FakeSlackServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseAddress, "/api/");

    public IReadOnlyList<RecordedCall> Calls => _calls.ToArray();

    public IReadOnlyList<FakeSocket> Sockets => _sockets.ToArray();

    /// <summary>When false, new sockets do not get "hello" until the test sends it.</summary>
    public bool SendHello { get; set; } = true;

    /// <summary>Tokens auth.test rejects with invalid_auth.</summary>
    public HashSet<string> RejectedTokens { get; } = new(StringComparer.Ordinal);

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext context, string method) => server.HandleApiAsync(context, method));
        app.Map("/link", (HttpContext context) => server.HandleSocketAsync(context));
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First());
        return server;
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToArray();

    /// <summary>Queues a one-off answer for the next call of a method.</summary>
    public void Script(string method, FakeResponse response) =>
        _scripts.GetOrAdd(method, _ => new ConcurrentQueue<FakeResponse>()).Enqueue(response);

    public Task WaitForAsync(Func<IReadOnlyList<RecordedCall>, bool> condition, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition(Calls))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, done));
        }

        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    public Task WaitForCallsAsync(string method, int count, TimeSpan? timeout = null) =>
        WaitForAsync(calls => calls.Count(c => c.Method == method) >= count, timeout);

    /// <summary>Waits for the n-th (1-based) socket to be connected.</summary>
    public Task<FakeSocket> WaitForSocketAsync(int number)
    {
        var done = new TaskCompletionSource<FakeSocket>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var existing = _sockets.FirstOrDefault(s => s.Id == number);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            _socketWaiters.Add((s => s.Id == number, done));
        }

        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public string NextTs()
    {
        var value = Interlocked.Increment(ref _ts);
        return (value / 1_000_000).ToString(CultureInfo.InvariantCulture) + "." + (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _sockets)
        {
            socket.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleApiAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        JsonNode? json = null;
        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true && raw.Length > 0)
        {
            json = JsonNode.Parse(raw);
        }

        var call = new RecordedCall(method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, raw, json, DateTimeOffset.UtcNow);
        var response = _scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted) ? scripted : DefaultResponse(call);
        if (response.HangUntilAborted)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Record(call with { Method = method + ":aborted" });
                return;
            }
        }

        // Recorded only when answered, so a timed-out attempt that Slack "never completed" is visible as aborted.
        Record(call);
        context.Response.StatusCode = response.Status;
        foreach (var header in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.Body);
    }

    private void Record(RecordedCall call)
    {
        _calls.Enqueue(call);
        List<TaskCompletionSource> ready = [];
        lock (_gate)
        {
            var calls = Calls;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Condition(calls))
                {
                    ready.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var done in ready)
        {
            done.TrySetResult();
        }
    }

    private FakeResponse DefaultResponse(RecordedCall call)
    {
        var token = call.Authorization?.StartsWith("Bearer ", StringComparison.Ordinal) == true ? call.Authorization[7..] : "";
        string body = call.Method switch
        {
            "auth.test" when RejectedTokens.Contains(token) => """{"ok":false,"error":"invalid_auth"}""",
            "auth.test" => Json(new JsonObject { ["ok"] = true, ["url"] = "https://study-group.slack.com/", ["team"] = "Study Group", ["user"] = "mock_interviewer", ["team_id"] = token == "xoxb-installed" ? "T0FAKETEAM2" : Team, ["user_id"] = token == "xoxb-installed" ? "U0FAKEBOT02" : BotUser, ["bot_id"] = BotId }),
            "chat.postMessage" => PostMessageBody(call),
            "chat.postEphemeral" => Json(new JsonObject { ["ok"] = true, ["message_ts"] = NextTs() }),
            "chat.update" => Json(new JsonObject { ["ok"] = true, ["channel"] = call.Channel, ["ts"] = call.Str("ts"), ["text"] = call.Text }),
            "conversations.open" => Json(new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D0FAKEDM" + call.Str("users")?[^3..] } }),
            "views.publish" => """{"ok":true,"view":{"id":"V0FAKEVIEW1"}}""",
            "apps.connections.open" when RejectedTokens.Contains(token) => """{"ok":false,"error":"invalid_auth"}""",
            "apps.connections.open" => Json(new JsonObject { ["ok"] = true, ["url"] = $"ws://127.0.0.1:{BaseAddress.Port}/link/?ticket=t{Interlocked.Increment(ref _ticket)}&app_id=A0FAKEAPP01" }),
            "oauth.v2.access" => """{"ok":true,"access_token":"xoxb-installed","token_type":"bot","scope":"chat:write","bot_user_id":"U0FAKEBOT02","app_id":"A0FAKEAPP01","team":{"id":"T0FAKETEAM2","name":"Second"},"enterprise":null,"is_enterprise_install":false}""",
            _ => """{"ok":false,"error":"unknown_method"}""",
        };
        return new FakeResponse(200, body);
    }

    private int _ticket;

    private string PostMessageBody(RecordedCall call)
    {
        var channel = call.Channel ?? "";
        if (!channel.StartsWith('C') && !channel.StartsWith('D') && !channel.StartsWith('G'))
        {
            return """{"ok":false,"error":"channel_not_found"}""";
        }

        var ts = NextTs();
        return Json(new JsonObject
        {
            ["ok"] = true,
            ["channel"] = channel,
            ["ts"] = ts,
            ["message"] = new JsonObject { ["user"] = BotUser, ["bot_id"] = BotId, ["type"] = "message", ["ts"] = ts, ["text"] = call.Text, ["thread_ts"] = call.ThreadTs },
        });
    }

    private static string Json(JsonObject value) => value.ToJsonString();

    private async Task HandleSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var ws = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new FakeSocket(Interlocked.Increment(ref _socketIds), ws, context.Request.QueryString.Value ?? "");
        _sockets.Enqueue(socket);
        if (SendHello)
        {
            await socket.SendHelloAsync();
        }

        List<TaskCompletionSource<FakeSocket>> ready = [];
        lock (_gate)
        {
            for (var i = _socketWaiters.Count - 1; i >= 0; i--)
            {
                if (_socketWaiters[i].Condition(socket))
                {
                    ready.Add(_socketWaiters[i].Done);
                    _socketWaiters.RemoveAt(i);
                }
            }
        }

        foreach (var done in ready)
        {
            done.TrySetResult(socket);
        }

        await socket.ReceiveLoopAsync();
    }
}

/// <summary>The server side of one Socket Mode connection: sends frames, records acks.</summary>
public sealed class FakeSocket(int id, WebSocket socket, string query)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentQueue<string> _acks = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string EnvelopeId, TaskCompletionSource Done)> _ackWaiters = [];
    private readonly Lock _gate = new();

    public int Id { get; } = id;

    public string Query { get; } = query;

    public IReadOnlyList<string> Acks => _acks.ToArray();

    public Task Closed => _closed.Task;

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public Task SendHelloAsync() =>
        SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"applink-fake","build_number":1,"approximate_connection_time":18060},"connection_info":{"app_id":"A0FAKEAPP01"}}""");

    public Task SendDisconnectAsync(string reason) =>
        SendAsync("{\"type\":\"disconnect\",\"reason\":\"" + reason + "\",\"debug_info\":{\"host\":\"applink-fake\"}}");

    /// <summary>Sends an envelope and returns its id.</summary>
    public async Task<string> SendEnvelopeAsync(string type, string payloadJson, int retryAttempt = 0, string? envelopeId = null)
    {
        var id = envelopeId ?? Guid.NewGuid().ToString();
        var accepts = type is "slash_commands" or "interactive" ? "true" : "false";
        var frame = new JsonObject
        {
            ["envelope_id"] = id,
            ["payload"] = JsonNode.Parse(payloadJson),
            ["type"] = type,
            ["accepts_response_payload"] = accepts == "true",
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
        };
        await SendAsync(frame.ToJsonString());
        return id;
    }

    public Task WaitForAckAsync(string envelopeId)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_acks.Contains(envelopeId))
            {
                return Task.CompletedTask;
            }

            _ackWaiters.Add((envelopeId, done));
        }

        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async Task SendAsync(string text)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close handshake.</summary>
    public void Abort() => socket.Abort();

    internal async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    break;
                }

                var text = Encoding.UTF8.GetString(buffer, 0, result.Count);
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.TryGetProperty("envelope_id", out var envelope))
                {
                    var envelopeId = envelope.GetString()!;
                    _acks.Enqueue(envelopeId);
                    List<TaskCompletionSource> ready = [];
                    lock (_gate)
                    {
                        ready.AddRange(_ackWaiters.Where(w => w.EnvelopeId == envelopeId).Select(w => w.Done));
                        _ackWaiters.RemoveAll(w => w.EnvelopeId == envelopeId);
                    }

                    foreach (var done in ready)
                    {
                        done.TrySetResult();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
