using Dapper;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Migrations;

/// <summary>
/// Applies pending <see cref="Schema"/> migrations in one transaction that first takes the provider's write lock
/// (SQLite BEGIN IMMEDIATE, PostgreSQL advisory lock), so replicas starting together apply each version once.
/// Pending means "not recorded in schema_version", not "above the highest recorded": migrations added by parallel
/// branches (a 3 landed after a 4 was applied) still run, in version order.
/// </summary>
internal sealed partial class MigrationRunner(
    StorageDialect dialect,
    TimeProvider time,
    ILogger<MigrationRunner> logger,
    IReadOnlyList<Migration>? migrations = null) : IDisposable
{
    private readonly IReadOnlyList<Migration> _migrations = migrations ?? Schema.All;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    /// <summary>Runs migrations once per process; later calls return at once.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await RunAsync(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies what is pending; returns the versions applied by this call (empty when up to date).</summary>
    public async Task<IReadOnlyList<int>> RunAsync(CancellationToken cancellationToken)
    {
        await dialect.PrepareAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        if (dialect.MigrationLockSql is { } lockSql)
        {
            await connection.ExecuteAsync(new CommandDefinition(lockSql, transaction: transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(Schema.VersionTable, transaction: transaction, cancellationToken: cancellationToken));
        var recorded = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        var latest = _migrations.Count == 0 ? 0 : _migrations.Max(m => m.Version);
        if (recorded.Count > 0 && recorded.Max() > latest)
        {
            LogNewerSchema(logger, recorded.Max(), latest);
        }

        var applied = new List<int>();
        foreach (var migration in _migrations.Where(m => !recorded.Contains(m.Version)).OrderBy(m => m.Version))
        {
            foreach (var statement in migration.Statements)
            {
                await connection.ExecuteAsync(new CommandDefinition(statement, transaction: transaction, cancellationToken: cancellationToken));
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @AppliedAt)",
                new { Version = (long)migration.Version, migration.Description, AppliedAt = UnixTime.ToMs(time.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            applied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var version in applied)
        {
            LogApplied(logger, dialect.Provider, version);
        }

        return applied;
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Storage ({Provider}): applied schema migration {Version}")]
    private static partial void LogApplied(ILogger logger, StorageProvider provider, int version);

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Storage schema version {Current} is newer than this build knows ({Latest}); continuing")]
    private static partial void LogNewerSchema(ILogger logger, long current, int latest);
}
