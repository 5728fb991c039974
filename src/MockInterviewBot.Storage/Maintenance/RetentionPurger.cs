using Dapper;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Storage.Sql;
using MockInterviewBot.Storage.Stores;

namespace MockInterviewBot.Storage.Maintenance;

/// <summary>
/// Storage housekeeping across all tenants: transcript entries older than the retention period are deleted,
/// finished sessions last touched before it lose the person's words (answers, quoted evidence) but keep their
/// scores, and processed event ids older than their window are pruned. Works in small batches so writers are
/// never blocked for long.
/// </summary>
internal sealed class RetentionPurger(StorageDatabase database)
{
    private const int BatchSize = 500;

    public async Task<RetentionResult> PurgeAsync(DateTimeOffset now, int retentionDays, TimeSpan processedEventRetention, CancellationToken cancellationToken)
    {
        var transcripts = 0;
        var redacted = 0;
        if (retentionDays > 0)
        {
            var cutoff = UnixTime.ToMs(now - TimeSpan.FromDays(retentionDays));
            transcripts = await DeleteInBatchesAsync(
                """
                DELETE FROM transcript_entries WHERE (session_id, seq) IN
                    (SELECT session_id, seq FROM transcript_entries WHERE at_ms < @Cutoff LIMIT @Batch)
                """,
                cutoff,
                cancellationToken);
            redacted = await RedactSessionsAsync(cutoff, UnixTime.ToMs(now), cancellationToken);
        }

        var processed = await DeleteInBatchesAsync(
            """
            DELETE FROM processed_events WHERE (platform, tenant, event_id) IN
                (SELECT platform, tenant, event_id FROM processed_events WHERE processed_at < @Cutoff LIMIT @Batch)
            """,
            UnixTime.ToMs(now - processedEventRetention),
            cancellationToken);
        return new RetentionResult(transcripts, redacted, processed);
    }

    private async Task<int> DeleteInBatchesAsync(string sql, long cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var deleted = await database.WriteAsync(
                (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                    sql, new { Cutoff = cutoff, Batch = (long)BatchSize }, transaction, cancellationToken: ct)),
                cancellationToken);
            total += deleted;
            if (deleted < BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<int> RedactSessionsAsync(long cutoff, long now, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var count = await database.WriteAsync(async (connection, transaction, ct) =>
            {
                var rows = (await connection.QueryAsync<SessionRow>(new CommandDefinition(
                    """
                    SELECT id AS Id, document AS Document, version AS Version FROM sessions
                    WHERE updated_at < @Cutoff AND status <> @Active AND answers_purged_at IS NULL
                    ORDER BY updated_at LIMIT @Batch
                    """,
                    new { Cutoff = cutoff, Active = StoredNames.Of(SessionStatus.Active), Batch = 100L },
                    transaction,
                    cancellationToken: ct))).AsList();
                foreach (var row in rows)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        """
                        UPDATE sessions SET document = @Document, answers_purged_at = @Now, version = version + 1
                        WHERE id = @Id AND version = @Version
                        """,
                        new { row.Id, Document = SessionDocument.Redact(row.Document), Now = now, row.Version },
                        transaction,
                        cancellationToken: ct));
                }

                return rows.Count;
            }, cancellationToken);
            total += count;
            if (count < 100)
            {
                return total;
            }
        }
    }
}
