using Microsoft.Data.Sqlite;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>A temp directory per test; SQLite creates the file on first use.</summary>
public sealed class SqliteBackend : StorageBackend
{
    public SqliteBackend()
    {
        Directory = Path.Combine(Path.GetTempPath(), "mib-storage-tests", Guid.NewGuid().ToString("N"));
    }

    public string Directory { get; }

    public string FilePath => Path.Combine(Directory, StorageOptions.SqliteFileName);

    public override StorageProvider Provider => StorageProvider.Sqlite;

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = Directory,
        ["Storage:BusyTimeout"] = "00:00:00.300",
    };

    public override Task<(StorageStack Stack, IOutage Outage)> CreateOutageStackAsync() =>
        Task.FromResult<(StorageStack, IOutage)>((CreateStack(), new WriteLockOutage(FilePath)));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: temp files.
        }
    }

    /// <summary>Another process-like writer holds the file's write lock, as a stuck replica or a backup tool would.</summary>
    private sealed class WriteLockOutage(string filePath) : IOutage
    {
        private SqliteConnection? _connection;
        private SqliteTransaction? _transaction;

        public async Task BeginAsync()
        {
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = filePath, Pooling = false }.ToString());
            await _connection.OpenAsync();
            _transaction = _connection.BeginTransaction(deferred: false);
        }

        public async Task EndAsync()
        {
            if (_transaction is not null)
            {
                await _transaction.RollbackAsync();
                await _transaction.DisposeAsync();
                _transaction = null;
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }
        }

        public async ValueTask DisposeAsync() => await EndAsync();
    }
}
