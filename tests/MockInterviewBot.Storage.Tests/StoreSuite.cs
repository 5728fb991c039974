using Dapper;
using MockInterviewBot.Storage.Tests.Infrastructure;

namespace MockInterviewBot.Storage.Tests;

/// <summary>
/// The one store test suite. <see cref="SqliteStoreTests"/> and <see cref="PostgresStoreTests"/> run every test
/// here against a fresh database of their provider.
/// </summary>
public abstract partial class StoreSuite : IAsyncLifetime
{
    private StorageBackend? _backend;

    protected StorageBackend Backend => _backend ?? throw new InvalidOperationException("Not initialized.");

    protected StorageStack Store { get; private set; } = null!;

    protected static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<StorageBackend> CreateBackendAsync();

    public async Task InitializeAsync()
    {
        _backend = await CreateBackendAsync();
        Store = Backend.CreateStack();
    }

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    /// <summary>Counts rows straight from the database, bypassing the stores.</summary>
    protected async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Store.Dialect.OpenAsync(Ct);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
