namespace MockInterviewBot.Discord.Gateway;

/// <summary>One received WebSocket message: a whole text frame, or the close (code null when the socket just dropped).</summary>
public sealed record GatewayReceiveResult(byte[]? Message, bool Closed, int? CloseCode)
{
    public static GatewayReceiveResult Dropped { get; } = new(null, true, null);
}

/// <summary>A thin seam over <see cref="System.Net.WebSockets.ClientWebSocket"/>.</summary>
public interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Reads one whole message (looping until EndOfMessage).</summary>
    Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends one text message; sends are serialized.</summary>
    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>Sends a close frame with the code without waiting for the peer, then aborts.</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);
}

public interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
