using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Json;

namespace MockInterviewBot.Slack.Transport.SocketMode;

/// <summary>
/// Start-up and Socket Mode: checks the configured bot token with auth.test (a rejected token is a clear error and
/// keeps readiness false), then in Socket Mode keeps one connection open: fresh URL per attempt, hello before
/// ready, every envelope acknowledged by envelope_id as soon as it is queued, make-before-break on Slack's
/// disconnect, and reconnects with capped exponential backoff plus jitter.
/// </summary>
internal sealed partial class SlackAdapterService(
    SlackApiClient api,
    SlackInstallations installations,
    SlackInboundPipeline pipeline,
    SlackConnectionState state,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackAdapterService> logger) : BackgroundService
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    private int _nextId;

    /// <summary>The connection currently serving (tests inspect it).</summary>
    internal SocketModeConnection? Current { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await AuthenticateAsync(stoppingToken))
            {
                return;
            }

            if (options.Value.Mode == SlackMode.SocketMode)
            {
                await RunSocketModeAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task<bool> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.HasBotToken)
        {
            state.SetAuthenticated("multi-workspace (OAuth installs)");
            return true;
        }

        for (var failures = 1; ; failures++)
        {
            try
            {
                var me = await api.AuthTestAsync(settings.BotToken, cancellationToken);
                installations.SetConfigured(new SlackBotIdentity(me.TeamId ?? "", me.UserId ?? "", me.BotId));
                LogAuthenticated(logger, me.TeamId ?? "?", me.UserId ?? "?");
                state.SetAuthenticated($"authenticated as {me.UserId} in {me.TeamId}");
                return true;
            }
            catch (SlackApiException ex) when (ex.Kind == SlackErrorKind.Auth)
            {
                var message = $"Slack:BotToken (Slack__BotToken) was rejected by Slack auth.test: {ex.Error}. Check the bot token (xoxb-) of the installed app.";
                LogAuthRejected(logger, message);
                state.SetFailed(message);
                return false;
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
            {
                var delay = Backoff(failures);
                LogAuthRetry(logger, ex.Message, delay.TotalSeconds);
                state.SetConnected(false, "auth.test failed; retrying");
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task RunSocketModeAsync(CancellationToken cancellationToken)
    {
        SocketModeConnection? current = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                current ??= await ConnectWithBackoffAsync(cancellationToken);
                if (current is null)
                {
                    return;
                }

                Current = current;
                await Task.WhenAny(current.Closed, current.DisconnectRequested, Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                var reason = current.DisconnectRequested.IsCompleted ? await current.DisconnectRequested : "closed";
                if (reason == "link_disabled")
                {
                    const string Message = "Socket Mode was disabled in the Slack app settings (link_disabled); enable it or set Slack__Mode=Http.";
                    LogFatal(logger, Message);
                    state.SetFailed(Message);
                    await current.CloseAsync(CloseTimeout, time);
                    await current.DisposeAsync();
                    return;
                }

                if (reason != "closed" && !current.Closed.IsCompleted)
                {
                    // Make before break: the old socket keeps receiving until its replacement said hello.
                    BotMetrics.GatewayReconnects.Add(1, SlackTag);
                    var next = await ConnectWithBackoffAsync(cancellationToken);
                    var old = current;
                    current = next;
                    await old.CloseAsync(CloseTimeout, time);
                    await old.DisposeAsync();
                    continue;
                }

                state.SetConnected(false, "Socket Mode connection dropped; reconnecting");
                BotMetrics.GatewayReconnects.Add(1, SlackTag);
                await current.DisposeAsync();
                current = null;
                await Task.Delay(Backoff(1), time, cancellationToken);
            }
        }
        finally
        {
            if (current is not null)
            {
                await current.CloseAsync(CloseTimeout, time);
                await current.DisposeAsync();
            }

            Current = null;
        }
    }

    private async Task<SocketModeConnection?> ConnectWithBackoffAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            SocketModeConnection? connection = null;
            try
            {
                var opened = await api.OpenConnectionAsync(options.Value.AppToken, cancellationToken);
                var url = opened.Url ?? throw new SlackApiException("apps.connections.open", "no_url");
                if (options.Value.DebugReconnects)
                {
                    url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "debug_reconnects=true";
                }

                connection = new SocketModeConnection(Interlocked.Increment(ref _nextId), OnEnvelopeAsync, logger);
                await connection.ConnectAsync(new Uri(url), cancellationToken);
                await connection.Hello.WaitAsync(HelloTimeout, time, cancellationToken);
                state.SetConnected(true, $"Socket Mode connected (connection {connection.Id})");
                return connection;
            }
            catch (SlackApiException ex) when (SlackErrors.IsFatalForConnection(ex.Error))
            {
                var message = $"Slack:AppToken (Slack__AppToken) was rejected by apps.connections.open: {ex.Error}. Create an app-level token with connections:write.";
                LogFatal(logger, message);
                state.SetFailed(message);
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }

                return null;
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or System.Net.WebSockets.WebSocketException or TimeoutException or UriFormatException)
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }

                var delay = Backoff(failures);
                LogConnectFailed(logger, ex.GetType().Name, failures, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task OnEnvelopeAsync(SocketModeConnection connection, SocketFrame frame, CancellationToken cancellationToken)
    {
        var outcome = frame.Type switch
        {
            "events_api" when Parse(frame, SlackJsonContext.Default.EventEnvelope) is { } envelope
                => await pipeline.AcceptEventAsync(envelope, frame.RetryAttempt, frame.RetryReason, cancellationToken),
            "slash_commands" when Parse(frame, SlackJsonContext.Default.SlashCommand) is { } command
                => await pipeline.AcceptCommandAsync(command, cancellationToken),
            "interactive" when Parse(frame, SlackJsonContext.Default.InteractionPayload) is { } interaction
                => await pipeline.AcceptInteractionAsync(interaction, cancellationToken),
            _ => AcceptOutcome.Ignored,
        };

        if (outcome == AcceptOutcome.Busy)
        {
            // Not acknowledged: Slack redelivers it (with retry_attempt > 0), and the dedupe lets that copy through.
            return;
        }

        await connection.SendAckAsync(frame.EnvelopeId!, cancellationToken);
    }

    private static T? Parse<T>(SocketFrame frame, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return frame.Payload.ValueKind == JsonValueKind.Object ? frame.Payload.Deserialize(type) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly KeyValuePair<string, object?> SlackTag = new("platform", "slack");

    /// <summary>1 s, 2 s, 4 s … capped at Slack:MaxReconnectDelay, each ±20 % jitter.</summary>
    private TimeSpan Backoff(int failures)
    {
        var cap = options.Value.MaxReconnectDelay;
        var baseDelay = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures - 1, 16)));
        if (baseDelay > cap)
        {
            baseDelay = cap;
        }

        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return baseDelay * jitter;
    }

    [LoggerMessage(EventId = 4700, Level = LogLevel.Information, Message = "Slack bot authenticated: team {Team}, bot user {BotUser}")]
    private static partial void LogAuthenticated(ILogger logger, string team, string botUser);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogAuthRejected(ILogger logger, string message);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Warning, Message = "Slack auth.test failed ({Error}); retrying in {DelaySeconds:0.0} s")]
    private static partial void LogAuthRetry(ILogger logger, string error, double delaySeconds);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogFatal(ILogger logger, string message);

    [LoggerMessage(EventId = 4704, Level = LogLevel.Warning, Message = "Socket Mode connect failed ({Error}, attempt {Attempt}); retrying in {DelaySeconds:0.0} s")]
    private static partial void LogConnectFailed(ILogger logger, string error, int attempt, double delaySeconds);
}
