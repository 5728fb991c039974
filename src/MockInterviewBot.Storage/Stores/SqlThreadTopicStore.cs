using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

internal sealed class SqlThreadTopicStore(StorageDatabase database) : IThreadTopicStore
{
    public Task<ThreadTopic?> GetAsync(ThreadRef thread, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<TopicRow>(new CommandDefinition(
                """
                SELECT scenario_id AS ScenarioId, mode AS Mode, created_at AS CreatedAt, started_by AS StartedBy
                FROM thread_topics WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel AND thread = @Thread
                """,
                new { thread.Platform, thread.Tenant, thread.Channel, Thread = StoredNames.Thread(thread.Thread) },
                cancellationToken: ct));
            return row is null ? null : new ThreadTopic(thread, row.ScenarioId, row.Mode, UnixTime.FromMs(row.CreatedAt), row.StartedBy);
        }, cancellationToken);

    public Task SaveAsync(ThreadTopic topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO thread_topics (platform, tenant, channel, thread, scenario_id, mode, created_at, started_by)
                VALUES (@Platform, @Tenant, @Channel, @Thread, @ScenarioId, @Mode, @CreatedAt, @StartedBy)
                ON CONFLICT (platform, tenant, channel, thread) DO UPDATE SET scenario_id = excluded.scenario_id,
                    mode = excluded.mode, created_at = excluded.created_at, started_by = excluded.started_by
                """,
                new
                {
                    topic.Thread.Platform,
                    topic.Thread.Tenant,
                    topic.Thread.Channel,
                    Thread = StoredNames.Thread(topic.Thread.Thread),
                    topic.ScenarioId,
                    topic.Mode,
                    CreatedAt = UnixTime.ToMs(topic.CreatedAt),
                    topic.StartedBy,
                },
                transaction,
                cancellationToken: ct)),
            cancellationToken);
    }

    private sealed class TopicRow
    {
        public string ScenarioId { get; set; } = "";
        public string Mode { get; set; } = "";
        public long CreatedAt { get; set; }
        public string? StartedBy { get; set; }
    }
}
