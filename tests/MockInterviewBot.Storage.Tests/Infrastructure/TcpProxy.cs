using System.Net;
using System.Net.Sockets;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>A loopback TCP forwarder that can be switched off (refusing and cutting connections) and on again.</summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;

    public TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Start();
    }

    public int Port { get; }

    public void Start()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            _stop = new CancellationTokenSource();
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptLoopAsync(_listener, _stop.Token);
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _stop?.Cancel();
            _stop?.Dispose();
            _stop = null;
            _listener?.Stop();
            _listener = null;
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var upstream = new TcpClient();
        lock (_gate)
        {
            _connections.Add(client);
            _connections.Add(upstream);
        }

        try
        {
            await upstream.ConnectAsync(_targetHost, _targetPort, cancellationToken);
            var a = client.GetStream();
            var b = upstream.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, cancellationToken), b.CopyToAsync(a, cancellationToken));
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Cut by Stop() or by either side.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }
}
