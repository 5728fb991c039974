using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MockInterviewBot.Discord.Tests.Fakes;

public sealed record GatewayFrameRecord(string Path, int Op, JsonNode? Data, string Raw);

public sealed record RestCall(string Method, string Path, string? Authorization, string? UserAgent, string Body, int Status, DateTimeOffset At)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);
}

/// <summary>
/// A fake Discord on 127.0.0.1 speaking the real protocol: a WebSocket gateway (/gateway and /resume) with HELLO,
/// READY, dispatches with sequences, replay on RESUME, RECONNECT, INVALID_SESSION, close codes and withheld ACKs;
/// and a REST server under /api/v10 that records every call, sends rate-limit headers and 429s.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "FAKE_BOT_TOKEN_DO_NOT_USE";
    public const string BotId = "1434474617241739265";
    public const string UserId = "1242178038792331271";
    public const string OtherUserId = "1242178038792331999";
    public const string DmChannel = "1480927003803787275";
    public const string GuildId = "1326490583040139267";
    public const string GuildChannel = "1326490583040139300";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GatewayFrameRecord> _frames = new();
    private readonly ConcurrentQueue<RestCall> _calls = new();
    private readonly List<(int Seq, string Type, string Json)> _log = [];
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, (DateTimeOffset WindowStart, int Used)> _buckets = new();
    private readonly ConcurrentQueue<(string PathContains, int Status, string Body, Dictionary<string, string> Headers)> _scripted = new();
    private Connection? _current;
    private int _seq;
    private long _messageIds = 1480930000000000000;
    private int _connections;
    private int _threads;

    private FakeDiscord(WebApplication app)
    {
        _app = app;
    }

    public Signal Changed { get; } = new();

    public string ApiBase { get; private set; } = "";
    public string GatewayUrl { get; private set; } = "";
    public string ResumeUrl { get; private set; } = "";

    public int HeartbeatIntervalMs { get; set; } = 41_250;
    public bool WithholdAcks { get; set; }

    /// <summary>When set, the next IDENTIFY is answered by closing with this code.</summary>
    public int? CloseOnIdentify { get; set; }

    /// <summary>When true, RESUME is refused with op 9 d:false.</summary>
    public bool RefuseResume { get; set; }

    /// <summary>On RESUME, also replay this many dispatches the client already saw (Discord promises no exactly-once).</summary>
    public int ReplayOverlap { get; set; }

    /// <summary>Echo the bot's channel messages back as MESSAGE_CREATE (as Discord does).</summary>
    public bool EchoBotMessages { get; set; } = true;

    /// <summary>Per-channel message bucket: this many creates per window.</summary>
    public int MessageBucketLimit { get; set; } = 5;

    public TimeSpan MessageBucketWindow { get; set; } = TimeSpan.FromSeconds(5);

    public string SessionId { get; private set; } = "";
    public int Connections => Volatile.Read(ref _connections);
    public IReadOnlyList<GatewayFrameRecord> Frames => [.. _frames];
    public IReadOnlyList<RestCall> Calls => [.. _calls];
    public int? LastClientCloseCode { get; private set; }

    public IEnumerable<GatewayFrameRecord> FramesWithOp(int op) => Frames.Where(f => f.Op == op);

    public IEnumerable<RestCall> CallsTo(string method, string pathContains) =>
        Calls.Where(c => c.Method == method && c.Path.Contains(pathContains, StringComparison.Ordinal));

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", ctx => fake.AcceptAsync(ctx, "/gateway"));
        app.Map("/resume", ctx => fake.AcceptAsync(ctx, "/resume"));
        app.Map("/api/v10/{**path}", fake.RestAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        fake.ApiBase = $"http://127.0.0.1:{port}/api/v10/";
        fake.GatewayUrl = $"ws://127.0.0.1:{port}/gateway";
        fake.ResumeUrl = $"ws://127.0.0.1:{port}/resume";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        _current?.Socket.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // ---------------- gateway ----------------

    /// <summary>Sends a dispatch now (or stores it for replay when no client is connected).</summary>
    public async Task DispatchAsync(string type, string dataJson)
    {
        int seq;
        lock (_gate)
        {
            seq = ++_seq;
            _log.Add((seq, type, dataJson));
        }

        var connection = _current;
        if (connection is { Established: true } && connection.Socket.State == WebSocketState.Open)
        {
            await connection.SendAsync($"{{\"t\":\"{type}\",\"s\":{seq},\"op\":0,\"d\":{dataJson}}}");
        }
    }

    public Task SendRawAsync(string json) => _current?.SendAsync(json) ?? Task.CompletedTask;

    public async Task CloseAsync(int code)
    {
        if (_current is { } connection)
        {
            connection.Established = false;
            await connection.Socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake close", CancellationToken.None);
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void DropConnection()
    {
        if (_current is { } connection)
        {
            connection.Established = false;
            connection.Socket.Abort();
        }
    }

    public Task WaitUntilAsync(Func<FakeDiscord, bool> condition, string what) => Changed.WaitUntilAsync(() => condition(this), what);

    private async Task AcceptAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new Connection(socket, path);
        _current = connection;
        Interlocked.Increment(ref _connections);
        Changed.Pulse();
        await connection.SendAsync($"{{\"t\":null,\"s\":null,\"op\":10,\"d\":{{\"heartbeat_interval\":{HeartbeatIntervalMs},\"_trace\":[\"fake\"]}}}}");
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var text = new StringBuilder();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        LastClientCloseCode = (int?)result.CloseStatus;
                        Changed.Pulse();
                        return;
                    }

                    text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                }
                while (!result.EndOfMessage);

                await OnClientFrameAsync(connection, text.ToString());
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Client dropped.
        }
        finally
        {
            Changed.Pulse();
        }
    }

    private async Task OnClientFrameAsync(Connection connection, string raw)
    {
        var node = JsonNode.Parse(raw)!;
        var op = node["op"]!.GetValue<int>();
        _frames.Enqueue(new GatewayFrameRecord(connection.Path, op, node["d"]?.DeepClone(), raw));
        Changed.Pulse();
        switch (op)
        {
            case 1:
                if (!WithholdAcks)
                {
                    await connection.SendAsync("{\"t\":null,\"s\":null,\"op\":11,\"d\":null}");
                }

                break;
            case 2:
                if (CloseOnIdentify is { } code)
                {
                    await connection.Socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake identify refused", CancellationToken.None);
                    return;
                }

                string readyJson;
                lock (_gate)
                {
                    SessionId = Guid.NewGuid().ToString("N");
                    _log.Clear();
                    _seq = 1;
                    readyJson = $"{{\"t\":\"READY\",\"s\":1,\"op\":0,\"d\":{{\"v\":10,\"user\":{{\"id\":\"{BotId}\",\"username\":\"MockInterviewer\",\"bot\":true}},\"guilds\":[],\"session_id\":\"{SessionId}\",\"resume_gateway_url\":\"{ResumeUrl}\",\"shard\":[0,1],\"application\":{{\"id\":\"{BotId}\",\"flags\":0}},\"session_type\":\"normal\"}}}}";
                }

                connection.Established = true;
                await connection.SendAsync(readyJson);
                break;
            case 6:
                var data = node["d"]!;
                if (RefuseResume || data["session_id"]?.GetValue<string>() != SessionId)
                {
                    await connection.SendAsync("{\"t\":null,\"s\":null,\"op\":9,\"d\":false}");
                    return;
                }

                var from = (data["seq"]?.GetValue<int?>() ?? 0) - ReplayOverlap;
                List<(int Seq, string Type, string Json)> replay;
                int resumedSeq;
                lock (_gate)
                {
                    replay = _log.Where(e => e.Seq > from).ToList();
                    resumedSeq = ++_seq;
                }

                foreach (var entry in replay)
                {
                    await connection.SendAsync($"{{\"t\":\"{entry.Type}\",\"s\":{entry.Seq},\"op\":0,\"d\":{entry.Json}}}");
                }

                connection.Established = true;
                await connection.SendAsync($"{{\"t\":\"RESUMED\",\"s\":{resumedSeq},\"op\":0,\"d\":{{}}}}");
                break;
        }
    }

    private sealed class Connection(WebSocket socket, string path)
    {
        private readonly SemaphoreSlim _send = new(1, 1);

        public WebSocket Socket { get; } = socket;
        public string Path { get; } = path;
        public bool Established { get; set; }

        public async Task SendAsync(string json)
        {
            await _send.WaitAsync();
            try
            {
                if (Socket.State == WebSocketState.Open)
                {
                    await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
            {
                // Socket gone.
            }
            finally
            {
                _send.Release();
            }
        }
    }

    // ---------------- REST ----------------

    /// <summary>The next request whose path contains <paramref name="pathContains"/> gets this response instead.</summary>
    public void ScriptResponse(string pathContains, int status, string body, Dictionary<string, string>? headers = null) =>
        _scripted.Enqueue((pathContains, status, body, headers ?? []));

    public int TooManyRequestsSent => Calls.Count(c => c.Status == 429);

    private async Task RestAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!["/api/v10/".Length..];
        var method = context.Request.Method;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var (status, responseBody, headers) = Route(method, path, body);
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.StatusCode = status;
        _calls.Enqueue(new RestCall(method, path, context.Request.Headers.Authorization.ToString(), context.Request.Headers.UserAgent.ToString(), body, status, DateTimeOffset.UtcNow));
        Changed.Pulse();
        if (responseBody.Length > 0)
        {
            context.Response.ContentType = responseBody.StartsWith('<') ? "text/html" : "application/json";
            await context.Response.WriteAsync(responseBody);
        }

        if (status is 200 && method == "POST" && path.StartsWith("channels/", StringComparison.Ordinal) && path.EndsWith("/messages", StringComparison.Ordinal) && EchoBotMessages)
        {
            var echo = JsonNode.Parse(responseBody)!;
            await DispatchAsync("MESSAGE_CREATE", echo.ToJsonString());
        }
    }

    private (int Status, string Body, Dictionary<string, string> Headers) Route(string method, string path, string body)
    {
        if (_scripted.TryPeek(out var scripted) && path.Contains(scripted.PathContains, StringComparison.Ordinal) && _scripted.TryDequeue(out scripted))
        {
            return (scripted.Status, scripted.Body, scripted.Headers);
        }

        var parts = path.Split('/');
        switch (method, parts)
        {
            case ("GET", ["gateway", "bot"]):
                return (200, $"{{\"url\":\"{GatewayUrl}\",\"shards\":1,\"session_start_limit\":{{\"total\":1000,\"remaining\":999,\"reset_after\":14400000,\"max_concurrency\":1}}}}", []);
            case ("POST", ["channels", var channel, "messages"]):
                return CreateMessage(channel, body);
            case ("POST", ["channels", _, "typing"]):
                return (204, "", []);
            case ("POST", ["channels", var starterParent, "messages", _, "threads"]):
                var starterThreadId = (1480990000000000000 + Interlocked.Increment(ref _threads)).ToString(CultureInfo.InvariantCulture);
                return (201, $"{{\"id\":\"{starterThreadId}\",\"type\":11,\"guild_id\":\"{GuildId}\",\"parent_id\":\"{starterParent}\",\"owner_id\":\"{BotId}\",\"name\":\"t\"}}", []);
            case ("POST", ["channels", var parent, "threads"]):
                var threadId = (1480990000000000000 + Interlocked.Increment(ref _threads)).ToString(CultureInfo.InvariantCulture);
                return (201, $"{{\"id\":\"{threadId}\",\"type\":11,\"guild_id\":\"{GuildId}\",\"parent_id\":\"{parent}\",\"owner_id\":\"{BotId}\",\"name\":\"t\"}}", []);
            case ("POST", ["users", "@me", "channels"]):
                return (200, $"{{\"id\":\"{DmChannel}\",\"type\":1}}", []);
            case ("POST", ["interactions", _, _, "callback"]):
                return (204, "", []);
            case ("PATCH", ["webhooks", _, _, "messages", _]):
            case ("POST", ["webhooks", _, _]):
                return (200, MessageJson(DmChannel, body), []);
            case ("DELETE", ["webhooks", _, _, "messages", _]):
                return (204, "", []);
            case ("PUT", ["applications", _, "commands"]):
            case ("PUT", ["applications", _, "guilds", _, "commands"]):
                return (200, body, []);
            default:
                return (404, "{\"message\":\"404: Not Found\",\"code\":0}", []);
        }
    }

    private (int, string, Dictionary<string, string>) CreateMessage(string channel, string body)
    {
        var now = DateTimeOffset.UtcNow;
        var key = "messages:" + channel;
        int used;
        DateTimeOffset start;
        lock (_gate)
        {
            var bucket = _buckets.TryGetValue(key, out var existing) ? existing : (WindowStart: now, Used: 0);
            if (now >= bucket.WindowStart + MessageBucketWindow)
            {
                bucket = (WindowStart: now, Used: 0);
            }

            if (bucket.Used >= MessageBucketLimit)
            {
                var retryAfter = (bucket.WindowStart + MessageBucketWindow - now).TotalSeconds;
                return (429, string.Create(CultureInfo.InvariantCulture, $"{{\"message\":\"You are being rate limited.\",\"retry_after\":{retryAfter:F3},\"global\":false}}"),
                    Headers(0, retryAfter, "user"));
            }

            bucket = (WindowStart: bucket.WindowStart, Used: bucket.Used + 1);
            _buckets[key] = bucket;
            used = bucket.Used;
            start = bucket.WindowStart;
        }

        // Ceiling to the millisecond so a client waiting exactly Reset-After is never early.
        var resetAfter = Math.Ceiling((start + MessageBucketWindow - now).TotalMilliseconds) / 1000.0;
        return (200, MessageJson(channel, body), Headers(MessageBucketLimit - used, resetAfter, null));
    }

    private Dictionary<string, string> Headers(int remaining, double resetAfter, string? scope)
    {
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = MessageBucketLimit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = resetAfter.ToString("F3", CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = "fa1ce0b0e5c4d3a2f1e0d9c8b7a69584",
            ["Via"] = "1.1 google",
        };
        if (scope is not null)
        {
            headers["X-RateLimit-Scope"] = scope;
        }

        return headers;
    }

    private string MessageJson(string channel, string requestBody)
    {
        var request = string.IsNullOrEmpty(requestBody) ? new JsonObject() : JsonNode.Parse(requestBody)!.AsObject();
        var id = Interlocked.Increment(ref _messageIds).ToString(CultureInfo.InvariantCulture);
        var message = new JsonObject
        {
            ["id"] = id,
            ["type"] = 0,
            ["channel_id"] = channel,
            ["content"] = request["content"]?.DeepClone() ?? "",
            ["embeds"] = request["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = request["components"]?.DeepClone() ?? new JsonArray(),
            ["timestamp"] = "2026-03-10T14:02:35.000000+00:00",
            ["author"] = new JsonObject { ["id"] = BotId, ["username"] = "MockInterviewer", ["bot"] = true },
        };
        return message.ToJsonString();
    }

    // ---------------- payload builders ----------------

    public static string DmMessage(string id, string content, string author = UserId) =>
        new JsonObject
        {
            ["type"] = 0,
            ["id"] = id,
            ["channel_id"] = DmChannel,
            ["channel_type"] = 1,
            ["content"] = content,
            ["timestamp"] = "2026-03-10T14:02:33.000000+00:00",
            ["author"] = new JsonObject { ["id"] = author, ["username"] = "ada_dev", ["global_name"] = "Ada" },
            ["mentions"] = new JsonArray(),
        }.ToJsonString();

    public static string GuildMessage(string id, string channelId, string content, string author = UserId) =>
        new JsonObject
        {
            ["type"] = 0,
            ["id"] = id,
            ["channel_id"] = channelId,
            ["guild_id"] = GuildId,
            ["content"] = content,
            ["author"] = new JsonObject { ["id"] = author, ["username"] = "ada_dev" },
            ["member"] = new JsonObject { ["nick"] = null },
        }.ToJsonString();

    public static string SlashCommand(string id, string subcommand, IReadOnlyDictionary<string, string>? options = null, string? guildChannel = null, string user = UserId)
    {
        var optionArray = new JsonArray();
        foreach (var (name, value) in options ?? new Dictionary<string, string>())
        {
            optionArray.Add(new JsonObject { ["name"] = name, ["type"] = 3, ["value"] = value });
        }

        var interaction = Interaction(id, 2, guildChannel, user);
        interaction["data"] = new JsonObject
        {
            ["id"] = "1434814355865739305",
            ["name"] = "mock",
            ["type"] = 1,
            ["options"] = new JsonArray { new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = optionArray } },
        };
        return interaction.ToJsonString();
    }

    public static string ButtonClick(string id, string customId, string? guildChannel = null, string user = UserId, int? channelType = null, string? parentId = null)
    {
        var interaction = Interaction(id, 3, guildChannel, user, channelType, parentId);
        interaction["data"] = new JsonObject { ["component_type"] = 2, ["custom_id"] = customId };
        return interaction.ToJsonString();
    }

    private static JsonObject Interaction(string id, int type, string? guildChannel, string user, int? channelType = null, string? parentId = null)
    {
        var userObject = new JsonObject { ["id"] = user, ["username"] = "ada_dev", ["global_name"] = "Ada" };
        var interaction = new JsonObject
        {
            ["version"] = 1,
            ["type"] = type,
            ["id"] = id,
            ["application_id"] = BotId,
            ["token"] = $"FAKE_INTERACTION_TOKEN_{id}",
            ["channel_id"] = guildChannel ?? DmChannel,
            ["locale"] = "en-US",
        };
        if (guildChannel is null)
        {
            interaction["channel"] = new JsonObject { ["id"] = DmChannel, ["type"] = 1 };
            interaction["user"] = userObject;
            interaction["context"] = 1;
        }
        else
        {
            var channel = new JsonObject { ["id"] = guildChannel, ["type"] = channelType ?? 0 };
            if (parentId is not null)
            {
                channel["parent_id"] = parentId;
            }

            interaction["channel"] = channel;
            interaction["guild_id"] = GuildId;
            interaction["member"] = new JsonObject { ["user"] = userObject };
            interaction["context"] = 0;
        }

        return interaction;
    }
}
