using System.Buffers;
using System.Net.WebSockets;

namespace MockInterviewBot.Discord.Gateway;

internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}

/// <summary>Production transport: one <see cref="ClientWebSocket"/>, no WebSocket pings (Discord uses op 1).</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private const int MaxMessageBytes = 64 * 1024 * 1024;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    public WebSocketGatewayTransport()
    {
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(16 * 1024);
                var result = await _socket.ReceiveAsync(memory, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return new GatewayReceiveResult(null, true, (int?)_socket.CloseStatus);
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    throw new InvalidDataException("A gateway message exceeded 64 MiB.");
                }

                if (result.EndOfMessage)
                {
                    return new GatewayReceiveResult(buffer.WrittenSpan.ToArray(), false, null);
                }
            }
        }
        catch (WebSocketException)
        {
            return GatewayReceiveResult.Dropped;
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        var gated = false;
        try
        {
            await _sendGate.WaitAsync(cancellationToken);
            gated = true;
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                // CloseOutputAsync does not wait for the peer: a zombie link would never answer.
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing is best effort; the socket is aborted below either way.
        }
        finally
        {
            if (gated)
            {
                _sendGate.Release();
            }

            _socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendGate.Dispose();
        return ValueTask.CompletedTask;
    }
}
