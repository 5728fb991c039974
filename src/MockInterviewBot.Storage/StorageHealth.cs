using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage;

/// <summary>The readiness probe for /readyz: can the database take a write right now?</summary>
public sealed class StorageHealth
{
    private readonly StorageDatabase _database;

    internal StorageHealth(StorageDatabase database)
    {
        _database = database;
    }

    public StorageProvider Provider => _database.Dialect.Provider;

    public async Task<StorageHealthResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _database.ProbeAsync(cancellationToken);
            return StorageHealthResult.Healthy;
        }
        catch (StoreUnavailableException ex)
        {
            return new StorageHealthResult(false, ex.Message);
        }
    }
}
