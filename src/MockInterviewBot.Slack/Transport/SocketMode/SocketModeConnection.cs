using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Slack.Json;

namespace MockInterviewBot.Slack.Transport.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. A receive loop runs for the connection's whole life (so pings are answered), frames
/// are handled in order, and acks go back on this same socket. <see cref="Hello"/> completes on "hello",
/// <see cref="DisconnectRequested"/> on Slack's "disconnect" message, <see cref="Closed"/> when the socket ends.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    private const int MaxFrameBytes = 4 << 20;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Func<SocketModeConnection, SocketFrame, CancellationToken, Task> _onEnvelope;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receive = Task.CompletedTask;

    public SocketModeConnection(int id, Func<SocketModeConnection, SocketFrame, CancellationToken, Task> onEnvelope, ILogger logger)
    {
        Id = id;
        _onEnvelope = onEnvelope;
        _logger = logger;
        _socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(5);
        _socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(15);
    }

    public int Id { get; }

    public Task Hello => _hello.Task;

    /// <summary>Completes with Slack's reason (refresh_requested, warning, link_disabled, …).</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    public Task Closed => _receive;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(url, cancellationToken);
        _receive = Task.Run(() => ReceiveLoopAsync(_lifetime.Token), CancellationToken.None);
    }

    public async Task SendAckAsync(string envelopeId, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new SocketAck(envelopeId), SlackJsonContext.Default.SocketAck);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes politely (status 1000) after in-flight acks, then waits briefly for the receive loop.</summary>
    public async Task CloseAsync(TimeSpan wait, TimeProvider time)
    {
        using var timeout = new CancellationTokenSource(wait, time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "replaced", timeout.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            await _receive.WaitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException)
        {
            LogCloseFailed(_logger, ex, Id);
        }
        finally
        {
            await _lifetime.CancelAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        _socket.Abort();
        try
        {
            await _receive;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Already reported by the loop.
        }

        _socket.Dispose();
        _sendLock.Dispose();
        _lifetime.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (!cancellationToken.IsCancellationRequested && _socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    var memory = buffer.GetMemory(8 * 1024);
                    result = await _socket.ReceiveAsync(memory, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        LogClosedByServer(_logger, Id, _socket.CloseStatus);
                        return;
                    }

                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > MaxFrameBytes)
                    {
                        LogFrameTooLarge(_logger, Id);
                        return;
                    }
                }
                while (!result.EndOfMessage);

                if (result.MessageType != WebSocketMessageType.Text)
                {
                    continue;
                }

                await HandleFrameAsync(buffer.WrittenMemory, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Closing.
        }
        catch (WebSocketException ex)
        {
            LogDropped(_logger, Id, ex.WebSocketErrorCode.ToString());
        }
        finally
        {
            _hello.TrySetException(new WebSocketException("The Socket Mode connection closed before hello."));
            _disconnect.TrySetResult("closed");
        }
    }

    private async Task HandleFrameAsync(ReadOnlyMemory<byte> frameBytes, CancellationToken cancellationToken)
    {
        SocketFrame? frame;
        try
        {
            frame = JsonSerializer.Deserialize(frameBytes.Span, SlackJsonContext.Default.SocketFrame);
        }
        catch (JsonException)
        {
            LogBadFrame(_logger, Id);
            return;
        }

        switch (frame?.Type)
        {
            case null:
                return;
            case "hello":
                LogHello(_logger, Id, frame.NumConnections);
                _hello.TrySetResult();
                return;
            case "disconnect":
                LogDisconnect(_logger, Id, frame.Reason ?? "unknown");
                _disconnect.TrySetResult(frame.Reason ?? "unknown");
                return;
        }

        if (!string.IsNullOrEmpty(frame.EnvelopeId))
        {
            try
            {
                await _onEnvelope(this, frame, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bad envelope is logged, not fatal to the connection; left unacknowledged, Slack redelivers it.
                LogEnvelopeFailed(_logger, ex, Id, frame.Type);
            }
        }
    }

    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Socket Mode connection {Id}: hello ({Connections} connections)")]
    private static partial void LogHello(ILogger logger, int id, int connections);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Socket Mode connection {Id}: disconnect requested ({Reason})")]
    private static partial void LogDisconnect(ILogger logger, int id, string reason);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Warning, Message = "Socket Mode connection {Id} dropped ({Error})")]
    private static partial void LogDropped(ILogger logger, int id, string error);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Information, Message = "Socket Mode connection {Id} closed by Slack ({Status})")]
    private static partial void LogClosedByServer(ILogger logger, int id, WebSocketCloseStatus? status);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Warning, Message = "Socket Mode connection {Id}: frame is not JSON; ignored")]
    private static partial void LogBadFrame(ILogger logger, int id);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Warning, Message = "Socket Mode connection {Id}: frame too large; reconnecting")]
    private static partial void LogFrameTooLarge(ILogger logger, int id);

    [LoggerMessage(EventId = 4606, Level = LogLevel.Error, Message = "Socket Mode connection {Id}: handling a {Type} envelope failed")]
    private static partial void LogEnvelopeFailed(ILogger logger, Exception exception, int id, string type);

    [LoggerMessage(EventId = 4607, Level = LogLevel.Debug, Message = "Socket Mode connection {Id}: close did not complete cleanly")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception, int id);
}
