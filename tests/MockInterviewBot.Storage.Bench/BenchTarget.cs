using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Bench;

/// <summary>A fresh database with the services AddStorage registers.</summary>
internal sealed class BenchTarget(Dictionary<string, string?> settings, Func<Task> cleanup) : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .BuildServiceProvider();

    public IServiceProvider Services => _services;

    public string Compact { get; set; } = "";

    public async Task<long> CompactedSizeAsync()
    {
        var dialect = _services.GetRequiredService<StorageDialect>();
        await using (var connection = await dialect.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(Compact);
        }

        return await dialect.SizeBytesAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await cleanup();
    }
}
