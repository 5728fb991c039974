using System.Net;
using System.Net.Sockets;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public sealed class PostgresSpecificTests
{
    [Fact]
    public async Task SaveAsync_ServerOnClosedPort_ThrowsUnavailableWithoutPassword()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var stack = new StorageStack(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=mib;Password=s3cret-pass;Database=mib;Timeout=2",
        });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => stack.Sessions.SaveAsync(NewSession(Key()), CancellationToken.None));
        var health = await stack.Health.CheckAsync(CancellationToken.None);

        Assert.Contains("PostgreSQL cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pass", error.Message, StringComparison.Ordinal);
        Assert.False(health.Ready);
        Assert.DoesNotContain("s3cret-pass", health.Reason!, StringComparison.Ordinal);
    }
}
