using System.Data.Common;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Migrations;

namespace MockInterviewBot.Storage.Sql;

/// <summary>
/// Runs units of work against the database: makes sure the schema is migrated, retries transient failures a
/// few times (only when nothing can have been committed), and turns outages into <see cref="StoreUnavailableException"/>.
/// </summary>
internal sealed partial class StorageDatabase(StorageDialect dialect, MigrationRunner migrations, TimeProvider time, ILogger<StorageDatabase> logger)
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500)];

    public StorageDialect Dialect => dialect;

    public TimeProvider Time => time;

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await migrations.EnsureAsync(ct);
            return true;
        }, retry: false, cancellationToken);

    /// <summary>Runs a read on its own connection.</summary>
    public Task<T> ReadAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await migrations.EnsureAsync(ct);
            await using var connection = await dialect.OpenAsync(ct);
            return await work(connection, ct);
        }, retry: true, cancellationToken);

    /// <summary>Runs a write in one transaction that holds the write lock; commits when <paramref name="work"/> returns.</summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await migrations.EnsureAsync(ct);
            var gate = dialect.WriteGate;
            if (gate is not null)
            {
                await gate.WaitAsync(ct);
            }

            try
            {
                await using var connection = await dialect.OpenAsync(ct);
                await using var transaction = await dialect.BeginWriteAsync(connection, ct);
                var result = await work(connection, transaction, ct);
                try
                {
                    await transaction.CommitAsync(ct);
                }
                catch (Exception ex) when (dialect.IsUnavailable(ex))
                {
                    // The commit may or may not have reached the database: never repeat it blindly.
                    throw new CommitUncertainException(ex);
                }

                return result;
            }
            finally
            {
                gate?.Release();
            }
        }, retry: true, cancellationToken);

    /// <summary>A one-shot readiness probe, without retries.</summary>
    public Task ProbeAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await migrations.EnsureAsync(ct);
            await dialect.ProbeAsync(ct);
            return true;
        }, retry: false, cancellationToken);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, bool retry, CancellationToken cancellationToken)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (CommitUncertainException ex)
            {
                throw Unavailable(ex.InnerException!);
            }
            catch (Exception ex) when (dialect.IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (!retry || tries >= Backoff.Length || !dialect.IsTransient(ex))
                {
                    throw Unavailable(ex);
                }

                LogRetrying(logger, dialect.Provider, dialect.Describe(ex), tries + 1);
                await Task.Delay(Backoff[tries], time, cancellationToken);
            }
        }
    }

    private StoreUnavailableException Unavailable(Exception ex)
    {
        var reason = dialect.Describe(ex);
        LogUnavailable(logger, dialect.Provider, reason);
        return new StoreUnavailableException($"Storage ({dialect.Provider}) is unavailable: {reason}.", ex);
    }

    [LoggerMessage(EventId = 610, Level = LogLevel.Warning, Message = "Storage ({Provider}) transient failure: {Reason}; retry {Attempt}")]
    private static partial void LogRetrying(ILogger logger, StorageProvider provider, string reason, int attempt);

    [LoggerMessage(EventId = 611, Level = LogLevel.Error, Message = "Storage ({Provider}) is unavailable: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, StorageProvider provider, string reason);

    private sealed class CommitUncertainException(Exception inner) : Exception("The commit outcome is unknown.", inner);
}
