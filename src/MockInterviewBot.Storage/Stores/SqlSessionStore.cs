using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

/// <summary>
/// Sessions as JSON documents with identifying and summary columns; transcripts as rows. A save succeeds only when
/// the stored version equals the session's (optimistic concurrency), and appends only the transcript entries added
/// since the session was loaded.
/// </summary>
internal sealed class SqlSessionStore(StorageDatabase database) : ISessionStore, IChannelSessionQuery
{
    private const string SelectSession =
        "SELECT id AS Id, document AS Document, version AS Version, transcript_next AS TranscriptNext FROM sessions";

    private const string InsertSession = """
        INSERT INTO sessions (id, platform, tenant, channel, thread, user_id, status, mode, framework, competency, level, step,
            questions, verdict, overall, created_at, updated_at, completed_at, version, transcript_next, document)
        VALUES (@Id, @Platform, @Tenant, @Channel, @Thread, @UserId, @Status, @Mode, @Framework, @Competency, @Level, @Step,
            @Questions, @Verdict, @Overall, @CreatedAt, @UpdatedAt, @CompletedAt, @NewVersion, @TranscriptNext, @Document)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string UpdateSession = """
        UPDATE sessions SET status = @Status, mode = @Mode, framework = @Framework, competency = @Competency, level = @Level,
            step = @Step, questions = @Questions, verdict = @Verdict, overall = @Overall, updated_at = @UpdatedAt,
            completed_at = @CompletedAt, version = @NewVersion, transcript_next = @TranscriptNext, document = @Document
        WHERE id = @Id AND platform = @Platform AND tenant = @Tenant AND version = @OldVersion
        """;

    private const string InsertTranscript = """
        INSERT INTO transcript_entries (session_id, seq, platform, tenant, user_id, at_ms, speaker, body, message_id)
        VALUES (@SessionId, @Seq, @Platform, @Tenant, @UserId, @AtMs, @Speaker, @Body, @MessageId)
        """;

    /// <summary>Which transcript entries of a loaded (or saved) session object are already stored.</summary>
    private readonly ConditionalWeakTable<InterviewSession, TranscriptCursor> _cursors = new();

    public Task<InterviewSession?> GetActiveAsync(ConversationKey key, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var rows = await LoadAsync(
                connection,
                SelectSession + """
                     WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel AND thread = @Thread
                       AND user_id = @UserId AND status = @Status
                     ORDER BY updated_at DESC, id LIMIT 1
                    """,
                new
                {
                    key.Platform,
                    key.Tenant,
                    key.Channel,
                    Thread = StoredNames.Thread(key.Thread),
                    UserId = key.User,
                    Status = StoredNames.Of(SessionStatus.Active),
                },
                key.Platform,
                key.Tenant,
                ct);
            return rows.Count > 0 ? rows[0] : null;
        }, cancellationToken);

    public Task<InterviewSession?> GetByIdAsync(TenantRef tenant, string sessionId, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var rows = await LoadAsync(
                connection,
                SelectSession + " WHERE id = @Id AND platform = @Platform AND tenant = @Tenant",
                new { Id = sessionId, tenant.Platform, tenant.Tenant },
                tenant.Platform,
                tenant.Tenant,
                ct);
            return rows.Count > 0 ? rows[0] : null;
        }, cancellationToken);

    public Task<IReadOnlyList<InterviewSession>> ListByThreadAsync(ThreadRef thread, CancellationToken cancellationToken) =>
        database.ReadAsync(
            (connection, ct) => LoadAsync(
                connection,
                SelectSession + """
                     WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel AND thread = @Thread
                     ORDER BY created_at, id
                    """,
                new { thread.Platform, thread.Tenant, thread.Channel, Thread = StoredNames.Thread(thread.Thread) },
                thread.Platform,
                thread.Tenant,
                ct),
            cancellationToken);

    public Task<IReadOnlyList<InterviewSession>> ListByChannelAsync(ThreadRef channel, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<InterviewSession>>([]);
        }

        return database.ReadAsync(
            (connection, ct) => LoadAsync(
                connection,
                SelectSession + """
                     WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel AND created_at >= @Since
                     ORDER BY created_at, id LIMIT @Limit
                    """,
                new { channel.Platform, channel.Tenant, channel.Channel, Since = UnixTime.ToMs(since), Limit = (long)limit },
                channel.Platform,
                channel.Tenant,
                ct),
            cancellationToken);
    }

    public Task<IReadOnlyList<InterviewSession>> ListByUserAsync(UserRef user, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<InterviewSession>>([]);
        }

        return database.ReadAsync(
            (connection, ct) => LoadAsync(
                connection,
                SelectSession + """
                     WHERE platform = @Platform AND tenant = @Tenant AND user_id = @UserId
                     ORDER BY created_at DESC, id DESC LIMIT @Limit
                    """,
                new { user.Platform, user.Tenant, user.UserId, Limit = (long)limit },
                user.Platform,
                user.Tenant,
                ct),
            cancellationToken);
    }

    public Task<IReadOnlyList<InterviewSession>> ListByTenantAsync(TenantRef tenant, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<InterviewSession>>([]);
        }

        return database.ReadAsync(
            (connection, ct) => LoadAsync(
                connection,
                SelectSession + """
                     WHERE platform = @Platform AND tenant = @Tenant AND created_at >= @Since
                     ORDER BY created_at DESC, id DESC LIMIT @Limit
                    """,
                new { tenant.Platform, tenant.Tenant, Since = UnixTime.ToMs(since), Limit = (long)limit },
                tenant.Platform,
                tenant.Tenant,
                ct),
            cancellationToken);
    }

    public async Task SaveAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var document = SessionDocument.Serialize(session);
        var newVersion = session.Version + 1;
        _cursors.TryGetValue(session, out var cursor);
        var append = session.Version == 0
            ? new TranscriptCursor(0, 0, 0, null)
            : cursor is not null && cursor.StillPrefixOf(session) ? cursor : null;

        var saved = await database.WriteAsync(async (connection, transaction, ct) =>
        {
            var firstNew = append?.Count ?? 0;
            var next = append?.Next ?? 0;
            var transcriptNext = next + (session.Transcript.Count - firstNew);
            var parameters = SessionSummary.Parameters(session, document, newVersion, transcriptNext);
            var changed = await connection.ExecuteAsync(new CommandDefinition(
                session.Version == 0 ? InsertSession : UpdateSession, parameters, transaction, cancellationToken: ct));
            if (changed != 1)
            {
                throw new ConcurrencyConflictException(session.Id);
            }

            if (append is null)
            {
                // This object was not loaded by this store instance: rewrite its transcript as a whole.
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM transcript_entries WHERE session_id = @Id AND platform = @Platform AND tenant = @Tenant",
                    new { session.Id, session.Key.Platform, session.Key.Tenant },
                    transaction,
                    cancellationToken: ct));
            }

            var rows = session.Transcript.Skip(firstNew).Select((entry, i) => new TranscriptRow
            {
                SessionId = session.Id,
                Seq = next + i,
                Platform = session.Key.Platform,
                Tenant = session.Key.Tenant,
                UserId = session.Key.User,
                AtMs = UnixTime.ToMs(entry.At),
                Speaker = StoredNames.Of(entry.Speaker),
                Body = entry.Text,
                MessageId = entry.MessageId,
            }).ToArray();
            if (rows.Length > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertTranscript, rows, transaction, cancellationToken: ct));
            }

            return TranscriptCursor.After(session, newVersion, transcriptNext);
        }, cancellationToken);

        session.Version = newVersion;
        _cursors.AddOrUpdate(session, saved);
    }

    private async Task<IReadOnlyList<InterviewSession>> LoadAsync(
        DbConnection connection, string sql, object parameters, string platform, string tenant, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<SessionRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
        if (rows.Count == 0)
        {
            return [];
        }

        // Explicit parameters (not Dapper's list expansion, which providers treat differently) keep one SQL shape.
        var idParameters = new DynamicParameters(new { Platform = platform, Tenant = tenant });
        var names = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            names[i] = "@Id" + i.ToString(CultureInfo.InvariantCulture);
            idParameters.Add(names[i], rows[i].Id);
        }

        var entries = (await connection.QueryAsync<TranscriptRow>(new CommandDefinition(
            $"""
            SELECT session_id AS SessionId, seq AS Seq, at_ms AS AtMs, speaker AS Speaker, body AS Body, message_id AS MessageId
            FROM transcript_entries WHERE platform = @Platform AND tenant = @Tenant AND session_id IN ({string.Join(", ", names)})
            ORDER BY session_id, seq
            """,
            idParameters,
            cancellationToken: cancellationToken))).ToLookup(e => e.SessionId, StringComparer.Ordinal);

        var sessions = new List<InterviewSession>(rows.Count);
        foreach (var row in rows)
        {
            // Entries at or past transcript_next belong to a save that committed after this row was read.
            var transcript = entries[row.Id]
                .Where(e => e.Seq < row.TranscriptNext)
                .Select(e => new TranscriptEntry(UnixTime.FromMs(e.AtMs), StoredNames.Parse<Speaker>(e.Speaker), e.Body, e.MessageId))
                .ToList();
            var session = SessionDocument.Deserialize(row.Document, row.Version, transcript);
            _cursors.AddOrUpdate(session, TranscriptCursor.After(session, row.Version, row.TranscriptNext));
            sessions.Add(session);
        }

        return sessions;
    }

    /// <summary>
    /// After loading or saving: the version, how many transcript entries the object held, the next seq, and the
    /// last stored entry (to notice a caller that rewrote stored entries instead of appending).
    /// </summary>
    private sealed record TranscriptCursor(long Version, int Count, long Next, TranscriptEntry? Last)
    {
        public static TranscriptCursor After(InterviewSession session, long version, long next) =>
            new(version, session.Transcript.Count, next, session.Transcript.Count > 0 ? session.Transcript[^1] : null);

        public bool StillPrefixOf(InterviewSession session) =>
            Version == session.Version
            && Count <= session.Transcript.Count
            && (Count == 0 || ReferenceEquals(session.Transcript[Count - 1], Last));
    }
}
