using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

/// <summary>Insert-if-absent on the (platform, tenant, event id) key: exactly one caller, on any replica, gets true.</summary>
internal sealed class SqlProcessedEventStore(StorageDatabase database) : IProcessedEventStore
{
    public Task<bool> TryMarkProcessedAsync(TenantRef tenant, string eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return database.WriteAsync(
            async (connection, transaction, ct) => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO processed_events (platform, tenant, event_id, processed_at) VALUES (@Platform, @Tenant, @EventId, @At)
                ON CONFLICT (platform, tenant, event_id) DO NOTHING
                """,
                new { tenant.Platform, tenant.Tenant, EventId = eventId, At = UnixTime.ToMs(at) },
                transaction,
                cancellationToken: ct)) == 1,
            cancellationToken);
    }
}
