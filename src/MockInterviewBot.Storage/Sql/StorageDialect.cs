using System.Data.Common;

namespace MockInterviewBot.Storage.Sql;

/// <summary>
/// What differs between the providers: opening connections, starting a write transaction, serializing
/// migration runners, and telling an outage from a bug. Every SQL statement is shared (see the stores).
/// </summary>
internal abstract class StorageDialect : IAsyncDisposable, IDisposable
{
    public abstract StorageProvider Provider { get; }

    /// <summary>A statement run inside the migration transaction that makes concurrent runners wait their turn; null when the write transaction already does.</summary>
    public abstract string? MigrationLockSql { get; }

    /// <summary>Non-null when this process should queue its own writers (SQLite has one writer at a time).</summary>
    public virtual SemaphoreSlim? WriteGate => null;

    /// <summary>One-time preparation before migrations (create the data directory, switch to WAL).</summary>
    public virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction that holds the write lock from the start.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A quick check that the database accepts writes right now, with a short timeout; throws when it does not.</summary>
    public abstract Task ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Bytes used by this database's tables (for the size report).</summary>
    public abstract Task<long> SizeBytesAsync(CancellationToken cancellationToken);

    /// <summary>True when the error means "the database is down, locked or unreachable" rather than a bug.</summary>
    public abstract bool IsUnavailable(Exception exception);

    /// <summary>True when repeating the same unit of work soon may succeed (lock contention, dropped connection).</summary>
    public abstract bool IsTransient(Exception exception);

    /// <summary>A short reason for logs and readiness, free of connection-string secrets.</summary>
    public abstract string Describe(Exception exception);

    public abstract ValueTask DisposeAsync();

    public abstract void Dispose();
}
