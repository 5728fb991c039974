using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MockInterviewBot.Storage.Sql;

/// <summary>SQLite: one file, WAL journal, a busy timeout, and in-process queuing of writers.</summary>
internal sealed class SqliteDialect : StorageDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly string _probeConnectionString;
    private readonly string _openPragmas;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteDialect(StorageOptions options)
    {
        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(options.DataDirectory), StorageOptions.SqliteFileName) }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = true;
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));
        FilePath = builder.DataSource;
        _connectionString = builder.ToString();
        builder.DefaultTimeout = (int)ProbeTimeout.TotalSeconds;
        _probeConnectionString = builder.ToString();
        _openPragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    }

    public string FilePath { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    /// <summary>BEGIN IMMEDIATE already takes the file's write lock, which serializes runners.</summary>
    public override string? MigrationLockSql => null;

    public override SemaphoreSlim? WriteGate => _writeGate;

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(FilePath));
        if (!string.IsNullOrEmpty(directory) && FilePath != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken);
        // Persistent for the file: readers never block the writer, the writer never blocks readers.
        await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(_connectionString, _openPragmas, cancellationToken);

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)ProbeTimeout.TotalMilliseconds};");
        await using var connection = await OpenAsync(_probeConnectionString, pragmas, cancellationToken);
        await using var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM schema_version;", transaction: transaction, cancellationToken: cancellationToken));
        await transaction.RollbackAsync(cancellationToken);
    }

    public override async Task<long> SizeBytesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken: cancellationToken));
        var pages = await connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA page_count;", cancellationToken: cancellationToken));
        var free = await connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA freelist_count;", cancellationToken: cancellationToken));
        var size = await connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA page_size;", cancellationToken: cancellationToken));
        return (pages - free) * size;
    }

    public override bool IsUnavailable(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError
            or SqliteCorrupt or SqliteFull or SqliteCantOpen or SqliteNotADatabase,
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    /// <summary>Lock waits are already retried by the busy timeout; repeating them would only multiply it.</summary>
    public override bool IsTransient(Exception exception) => false;

    public override string Describe(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode switch
        {
            SqliteBusy or SqliteLocked => "the SQLite database is locked by another writer",
            SqliteReadOnly => "the SQLite database file is read-only",
            SqliteIoError => "a disk I/O error occurred on the SQLite database",
            SqliteCorrupt or SqliteNotADatabase => "the SQLite file is damaged or not a database",
            SqliteFull => "the disk holding the SQLite database is full",
            SqliteCantOpen => "the SQLite database file cannot be opened (check Storage:DataDirectory)",
            _ => string.Create(CultureInfo.InvariantCulture, $"SQLite error {e.SqliteErrorCode}"),
        },
        UnauthorizedAccessException => "the SQLite data directory is not writable (check Storage:DataDirectory)",
        IOException => "the SQLite data directory cannot be created (check Storage:DataDirectory)",
        _ => exception.GetType().Name,
    };

    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public override void Dispose() => _writeGate.Dispose();

    private static async Task<DbConnection> OpenAsync(string connectionString, string pragmas, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(pragmas, cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
