using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Discord.Json;
using MockInterviewBot.Discord.Rest;

namespace MockInterviewBot.Discord.Gateway;

/// <summary>
/// The only gateway loop: connect → HELLO → IDENTIFY/RESUME → read frames, with heartbeats on a TimeProvider timer,
/// zombie detection, reconnect with backoff, and a stop on fatal close codes. Dispatches go to a bounded channel so
/// handlers never stall the receive loop or the heartbeat.
/// </summary>
public sealed partial class GatewayClient
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan IdentifyWindow = TimeSpan.FromSeconds(5);

    private readonly DiscordOptions _options;
    private readonly DiscordRestClient _rest;
    private readonly IGatewayTransportFactory _transports;
    private readonly TimeProvider _time;
    private readonly DiscordConnectionState _state;
    private readonly IGatewaySessionStore _sessionStore;
    private readonly ILogger<GatewayClient> _logger;
    private readonly Func<double> _random;
    private readonly GatewayProtocol _protocol;
    private readonly Lock _protocolGate = new();
    private readonly GatewaySendLimiter _sendLimiter;
    private readonly Queue<DateTimeOffset> _identifies = new();
    private readonly Channel<GatewayDispatch> _dispatches = Channel.CreateBounded<GatewayDispatch>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private string? _gatewayUrl;
    private int _maxConcurrency = 1;

    internal GatewayClient(
        IOptions<DiscordOptions> options,
        DiscordRestClient rest,
        IGatewayTransportFactory transports,
        TimeProvider time,
        DiscordConnectionState state,
        IGatewaySessionStore sessionStore,
        ILogger<GatewayClient> logger,
        Func<double>? random = null)
    {
        _options = options.Value;
        _rest = rest;
        _transports = transports;
        _time = time;
        _state = state;
        _sessionStore = sessionStore;
        _logger = logger;
        _random = random ?? Random.Shared.NextDouble;
        _sendLimiter = new GatewaySendLimiter(time);
        var identity = new GatewayIdentity(
            _options.Token.Trim(),
            GatewayIntentSets.For(_options.GuildChannels),
            _options.ShardId,
            _options.ShardCount);
        var restored = sessionStore.Load();
        if (string.IsNullOrEmpty(restored?.ApplicationId) && !string.IsNullOrWhiteSpace(_options.ApplicationId))
        {
            restored = (restored ?? new GatewaySessionInfo()) with { ApplicationId = _options.ApplicationId.Trim() };
        }

        _protocol = new GatewayProtocol(identity, _random, restored);
    }

    /// <summary>Dispatch events in gateway order.</summary>
    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    public GatewaySessionInfo Session
    {
        get
        {
            lock (_protocolGate)
            {
                return _protocol.Session;
            }
        }
    }

    /// <summary>Gateway sends in the last 60 s (never above 120).</summary>
    public int SendsInWindow => _sendLimiter.SentInWindow;

    /// <summary>Runs until cancelled or a fatal close code.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var resume = Session.CanResume;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                ConnectionResult result;
                try
                {
                    result = await RunConnectionAsync(resume, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or DiscordRestException or InvalidDataException or TimeoutException)
                {
                    LogConnectionError(_logger, ex);
                    result = new ConnectionResult(new ReconnectAction(Session.CanResume, "connection error"), false, null);
                }

                if (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                if (result.Outcome is StopAction stop)
                {
                    LogFatal(_logger, stop.CloseCode, stop.Reason);
                    _state.SetFailed(stop.CloseCode, stop.Reason);
                    return;
                }

                var reconnect = (ReconnectAction)result.Outcome;
                failures = result.WasReady ? 0 : failures + 1;
                var delay = Max(reconnect.Delay ?? TimeSpan.Zero, Backoff(failures));
                resume = reconnect.Resume && Session.CanResume;
                _state.SetReconnecting(result.CloseCode);
                LogReconnecting(_logger, reconnect.Reason, resume ? "resume" : "identify", delay.TotalMilliseconds);
                BotMetrics.GatewayReconnects.Add(1, new KeyValuePair<string, object?>("platform", "discord"));
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            _sessionStore.Save(Session);
            _dispatches.Writer.TryComplete();
            if (_state.Status != DiscordConnectionStatus.Failed)
            {
                _state.SetStopped();
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Min(60, Math.Pow(2, Math.Min(failures - 1, 6)));
        return TimeSpan.FromSeconds(seconds * (0.5 + (0.5 * _random())));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task<ConnectionResult> RunConnectionAsync(bool resume, CancellationToken stoppingToken)
    {
        lock (_protocolGate)
        {
            _protocol.OnConnecting(resume);
            resume = _protocol.ResumeOnHello;
        }

        string url;
        if (resume)
        {
            url = Session.ResumeGatewayUrl!;
        }
        else
        {
            var refused = await WaitForIdentifySlotAsync(stoppingToken);
            if (refused is not null)
            {
                return new ConnectionResult(refused, false, null);
            }

            url = await GetGatewayUrlAsync(stoppingToken);
        }

        _state.SetConnecting();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var connection = new Connection(_transports.Create(), cts);
        await using (connection.Transport)
        {
            try
            {
                using var connectTimeout = new CancellationTokenSource(ConnectTimeout, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cts.Token, connectTimeout.Token);
                await connection.Transport.ConnectAsync(GatewayUris.WithQuery(url), linked.Token);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is WebSocketException or OperationCanceledException or HttpRequestException or IOException)
            {
                if (!resume)
                {
                    _gatewayUrl = null;
                }

                LogConnectFailed(_logger, resume ? "resume" : "gateway", ex.Message);
                return new ConnectionResult(new ReconnectAction(resume, "could not connect"), false, null);
            }

            using var helloTimer = _time.CreateTimer(
                static s =>
                {
                    var c = (Connection)s!;
                    if (!c.HelloSeen && c.TryFinish(new ReconnectAction(c.Resume, "no HELLO within 60 s")))
                    {
                        c.Cancel();
                    }
                },
                connection,
                HelloTimeout,
                Timeout.InfiniteTimeSpan);
            connection.Resume = resume;

            try
            {
                while (!connection.IsFinished)
                {
                    var received = await connection.Transport.ReceiveAsync(cts.Token);
                    if (connection.IsFinished)
                    {
                        break;
                    }

                    if (received.Closed)
                    {
                        connection.ServerClosed = true;
                        connection.CloseCode = received.CloseCode;
                        GatewayAction closed;
                        lock (_protocolGate)
                        {
                            closed = _protocol.OnClosed(received.CloseCode);
                        }

                        connection.TryFinish(closed);
                        connection.Cancel();
                        break;
                    }

                    GatewayFrame? frame;
                    try
                    {
                        frame = JsonSerializer.Deserialize(received.Message, DiscordJsonContext.Default.GatewayFrame);
                    }
                    catch (JsonException ex)
                    {
                        LogBadFrame(_logger, ex.Message);
                        continue;
                    }

                    if (frame is null)
                    {
                        continue;
                    }

                    if (frame.Op == GatewayOpCode.Hello)
                    {
                        connection.HelloSeen = true;
                    }
                    else if (frame.Op == GatewayOpCode.HeartbeatAck)
                    {
                        _state.HeartbeatAcked();
                    }

                    IReadOnlyList<GatewayAction> actions;
                    lock (_protocolGate)
                    {
                        actions = _protocol.OnFrame(frame);
                    }

                    await ExecuteAsync(connection, actions, cts.Token);
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Finished by the heartbeat task (zombie), op 7/9 handling or the HELLO timer.
            }
            finally
            {
                await connection.StopHeartbeatAsync();
            }

            if (stoppingToken.IsCancellationRequested)
            {
                // Shutdown: 1000 ends the session (bot offline) unless it was persisted for a resume after restart.
                var code = _sessionStore.IsDurable ? GatewayCloseCodes.ResumeIntent : 1000;
                await connection.Transport.CloseAsync(code, "shutting down", CancellationToken.None);
                stoppingToken.ThrowIfCancellationRequested();
            }

            if (!connection.ServerClosed)
            {
                // We decided to reconnect: close with 4000 (never 1000/1001) so the session stays resumable.
                await connection.Transport.CloseAsync(GatewayCloseCodes.ResumeIntent, "reconnecting", CancellationToken.None);
            }

            return new ConnectionResult(
                connection.Outcome ?? new ReconnectAction(Session.CanResume, "connection ended"),
                connection.WasReady,
                connection.CloseCode);
        }
    }

    private async Task ExecuteAsync(Connection connection, IReadOnlyList<GatewayAction> actions, CancellationToken cancellationToken)
    {
        foreach (var action in actions)
        {
            switch (action)
            {
                case SendFrameAction send:
                    try
                    {
                        await _sendLimiter.WaitAsync(send.IsHeartbeat, cancellationToken);
                        await connection.Transport.SendAsync(send.Payload, cancellationToken);
                        LogSent(_logger, send.What);
                    }
                    catch (WebSocketException ex)
                    {
                        LogConnectionError(_logger, ex);
                        connection.TryFinish(new ReconnectAction(Session.CanResume, "send failed"));
                        connection.Cancel();
                        return;
                    }

                    break;
                case StartHeartbeatAction start:
                    connection.StartHeartbeat(_time, start.Interval, start.FirstDelay, () => HeartbeatDueAsync(connection, cancellationToken));
                    break;
                case ReconnectAction or StopAction:
                    if (connection.TryFinish(action))
                    {
                        // Send the close frame (4000 keeps the session resumable) before cancelling: cancelling a
                        // pending receive aborts the socket without a close frame.
                        using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
                        await connection.Transport.CloseAsync(GatewayCloseCodes.ResumeIntent, "reconnecting", closeTimeout.Token);
                        connection.Cancel();
                    }

                    return;
                case DispatchAction dispatch:
                    OnDispatch(connection, dispatch);
                    await _dispatches.Writer.WriteAsync(new GatewayDispatch(dispatch.Type, dispatch.Data, dispatch.Sequence), cancellationToken);
                    break;
            }
        }
    }

    private async Task HeartbeatDueAsync(Connection connection, CancellationToken cancellationToken)
    {
        IReadOnlyList<GatewayAction> actions;
        lock (_protocolGate)
        {
            actions = _protocol.OnHeartbeatDue();
        }

        if (actions.Any(a => a is ReconnectAction))
        {
            LogZombie(_logger);
        }

        await ExecuteAsync(connection, actions, cancellationToken);
    }

    private void OnDispatch(Connection connection, DispatchAction dispatch)
    {
        if (dispatch.Type is not ("READY" or "RESUMED"))
        {
            return;
        }

        connection.WasReady = true;
        var session = Session;
        _sessionStore.Save(session);
        _state.SetReady(session.BotUserId, _time.GetUtcNow());
        LogSessionReady(_logger, dispatch.Type, session.BotUserId);
    }

    /// <summary>Checks the daily session-start budget and the max_concurrency-per-5-s window. Null when IDENTIFY may go ahead.</summary>
    private async Task<GatewayAction?> WaitForIdentifySlotAsync(CancellationToken cancellationToken)
    {
        try
        {
            var info = await _rest.GetGatewayBotAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(info.Url))
            {
                _gatewayUrl = info.Url;
            }

            if (info.SessionStartLimit is { } limit)
            {
                _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
                if (limit.Remaining <= 0)
                {
                    var wait = TimeSpan.FromMilliseconds(Math.Max(1000, limit.ResetAfter));
                    LogIdentifyBudgetExhausted(_logger, limit.Total, wait.TotalMinutes);
                    await Task.Delay(wait, _time, cancellationToken);
                }
                else if (limit.Remaining < Math.Max(10, limit.Total / 10))
                {
                    LogIdentifyBudgetLow(_logger, limit.Remaining, limit.Total);
                }
            }
        }
        catch (DiscordRestException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            return new StopAction(GatewayCloseCodes.AuthenticationFailed, "the bot token was rejected (401): check Discord:Token");
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or Polly.Timeout.TimeoutRejectedException or JsonException)
        {
            LogGatewayBotFailed(_logger, ex.Message);
        }

        while (true)
        {
            TimeSpan wait;
            lock (_identifies)
            {
                var now = _time.GetUtcNow();
                while (_identifies.Count > 0 && _identifies.Peek() + IdentifyWindow <= now)
                {
                    _identifies.Dequeue();
                }

                if (_identifies.Count < _maxConcurrency)
                {
                    _identifies.Enqueue(now);
                    return null;
                }

                wait = _identifies.Peek() + IdentifyWindow - now;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private async Task<string> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(_options.GatewayUrl))
        {
            return _options.GatewayUrl;
        }

        if (_gatewayUrl is { Length: > 0 } cached)
        {
            return cached;
        }

        var info = await _rest.GetGatewayBotAsync(cancellationToken);
        _gatewayUrl = string.IsNullOrWhiteSpace(info.Url) ? "wss://gateway.discord.gg" : info.Url;
        return _gatewayUrl;
    }

    private sealed record ConnectionResult(GatewayAction Outcome, bool WasReady, int? CloseCode);

    private sealed class Connection(IGatewayTransport transport, CancellationTokenSource cts)
    {
        private GatewayAction? _outcome;
        private ITimer? _heartbeatTimer;
        private Channel<bool>? _beats;
        private Task? _heartbeatLoop;

        public IGatewayTransport Transport { get; } = transport;

        public GatewayAction? Outcome => Volatile.Read(ref _outcome);

        public bool IsFinished => Outcome is not null;

        public bool HelloSeen { get; set; }

        public bool Resume { get; set; }

        public bool WasReady { get; set; }

        public bool ServerClosed { get; set; }

        public int? CloseCode { get; set; }

        /// <summary>Records the outcome; false when another path decided first.</summary>
        public bool TryFinish(GatewayAction outcome) => Interlocked.CompareExchange(ref _outcome, outcome, null) is null;

        public void Cancel()
        {
            try
            {
                cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already torn down.
            }
        }

        public void StartHeartbeat(TimeProvider time, TimeSpan interval, TimeSpan firstDelay, Func<Task> beat)
        {
            _heartbeatTimer?.Dispose();
            _beats?.Writer.TryComplete();
            var beats = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
            _beats = beats;

            // One periodic timer armed at HELLO: beats keep their schedule however long a send takes.
            _heartbeatTimer = time.CreateTimer(static s => ((Channel<bool>)s!).Writer.TryWrite(true), beats, firstDelay, interval);
            var token = cts.Token;
            _heartbeatLoop = Task.Run(async () =>
            {
                try
                {
                    await foreach (var _ in beats.Reader.ReadAllAsync(token))
                    {
                        await beat();
                    }
                }
                catch (OperationCanceledException)
                {
                    // Connection over.
                }
            }, CancellationToken.None);
        }

        public async Task StopHeartbeatAsync()
        {
            _heartbeatTimer?.Dispose();
            _beats?.Writer.TryComplete();
            if (_heartbeatLoop is { } loop)
            {
                await loop;
            }
        }
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Critical, Message = "Discord gateway stopped for good: close code {CloseCode}, {Reason}. Not reconnecting; fix the configuration and restart.")]
    private static partial void LogFatal(ILogger logger, int? closeCode, string reason);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Discord gateway reconnecting ({Reason}); next attempt will {Mode} after {DelayMs:F0} ms")]
    private static partial void LogReconnecting(ILogger logger, string reason, string mode, double delayMs);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Discord gateway connection error")]
    private static partial void LogConnectionError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Could not connect to the Discord {Target} URL: {Error}")]
    private static partial void LogConnectFailed(ILogger logger, string target, string error);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Warning, Message = "Ignoring a malformed gateway frame: {Error}")]
    private static partial void LogBadFrame(ILogger logger, string error);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Debug, Message = "Discord gateway sent {What}")]
    private static partial void LogSent(ILogger logger, string what);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Warning, Message = "Discord heartbeat was not acknowledged before the next one was due; reconnecting to resume")]
    private static partial void LogZombie(ILogger logger);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Information, Message = "Discord gateway {Event} (bot user {BotUserId})")]
    private static partial void LogSessionReady(ILogger logger, string @event, string? botUserId);

    [LoggerMessage(EventId = 5208, Level = LogLevel.Critical, Message = "Discord identify budget ({Total}/day) is used up; waiting {WaitMinutes:F0} minutes before identifying")]
    private static partial void LogIdentifyBudgetExhausted(ILogger logger, int total, double waitMinutes);

    [LoggerMessage(EventId = 5209, Level = LogLevel.Warning, Message = "Discord identify budget is low: {Remaining} of {Total} left today")]
    private static partial void LogIdentifyBudgetLow(ILogger logger, int remaining, int total);

    [LoggerMessage(EventId = 5210, Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Error}); using the cached gateway URL")]
    private static partial void LogGatewayBotFailed(ILogger logger, string error);
}
