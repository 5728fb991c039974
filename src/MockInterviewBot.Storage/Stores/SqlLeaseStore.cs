using Dapper;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

/// <summary>
/// One conditional upsert: the row is written only when it is new, already ours, or expired, so exactly one
/// replica holds a lease at a time. Lease names are global (scheduled jobs are not per tenant).
/// </summary>
internal sealed class SqlLeaseStore(StorageDatabase database) : ILeaseStore
{
    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return database.WriteAsync(
            async (connection, transaction, ct) => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO leases (name, owner, expires_at) VALUES (@Name, @Owner, @ExpiresAt)
                ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                WHERE leases.owner = excluded.owner OR leases.expires_at <= @Now
                """,
                new { Name = name, Owner = owner, ExpiresAt = UnixTime.ToMs(now + duration), Now = UnixTime.ToMs(now) },
                transaction,
                cancellationToken: ct)) == 1,
            cancellationToken);
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM leases WHERE name = @Name AND owner = @Owner",
                new { Name = name, Owner = owner },
                transaction,
                cancellationToken: ct)),
            cancellationToken);
}
