using System.Globalization;
using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups.Schedules;
using MockInterviewBot.Groups.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

/// <summary>
/// Question-of-the-day schedules (one row per channel) and run records. A run is claimed in one transaction that takes
/// the schedule's lease and inserts the (schedule id, run key) row, whose primary key makes a second claim fail.
/// </summary>
internal sealed class SqlStudyGroupStore(StorageDatabase database) : IStudyGroupStore
{
    private const string SelectSchedule = """
        SELECT id AS Id, platform AS Platform, tenant AS Tenant, channel AS Channel, created_by AS CreatedBy, local_time AS LocalTime,
            time_zone AS TimeZone, days AS Days, framework AS Framework, competency AS Competency, digest_day AS DigestDay,
            digest_time AS DigestTime, created_at AS CreatedAt
        FROM group_schedules
        """;

    public Task SaveScheduleAsync(QuestionSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO group_schedules (id, platform, tenant, channel, created_by, local_time, time_zone, days, framework, competency,
                    digest_day, digest_time, created_at)
                VALUES (@Id, @Platform, @Tenant, @Channel, @CreatedBy, @LocalTime, @TimeZone, @Days, @Framework, @Competency,
                    @DigestDay, @DigestTime, @CreatedAt)
                ON CONFLICT (platform, tenant, channel) DO UPDATE SET id = excluded.id, created_by = excluded.created_by,
                    local_time = excluded.local_time, time_zone = excluded.time_zone, days = excluded.days, framework = excluded.framework,
                    competency = excluded.competency, digest_day = excluded.digest_day, digest_time = excluded.digest_time,
                    created_at = excluded.created_at
                """,
                ScheduleRow.From(schedule),
                transaction,
                cancellationToken: ct)),
            cancellationToken);
    }

    public Task<QuestionSchedule?> GetScheduleAsync(ThreadRef channel, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<ScheduleRow>(new CommandDefinition(
                SelectSchedule + " WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel",
                new { channel.Platform, channel.Tenant, channel.Channel },
                cancellationToken: ct));
            return row?.ToSchedule();
        }, cancellationToken);

    public Task<IReadOnlyList<QuestionSchedule>> ListSchedulesAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<QuestionSchedule>>(async (connection, ct) =>
        {
            var rows = await connection.QueryAsync<ScheduleRow>(new CommandDefinition(SelectSchedule + " ORDER BY id", cancellationToken: ct));
            return rows.Select(r => r.ToSchedule()).ToArray();
        }, cancellationToken);

    public Task<bool> DeleteScheduleAsync(ThreadRef channel, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction, ct) => await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM group_schedules WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel",
                new { channel.Platform, channel.Tenant, channel.Channel },
                transaction,
                cancellationToken: ct)) > 0,
            cancellationToken);

    public Task<bool> TryClaimRunAsync(string scheduleId, string runKey, string owner, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheduleId);
        ArgumentException.ThrowIfNullOrEmpty(runKey);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var leased = await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO leases (name, owner, expires_at) VALUES (@Name, @Owner, @ExpiresAt)
                    ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                    WHERE leases.owner = excluded.owner OR leases.expires_at <= @Now
                    """,
                    new { Name = "group-run:" + scheduleId, Owner = owner, ExpiresAt = UnixTime.ToMs(now + leaseFor), Now = UnixTime.ToMs(now) },
                    transaction,
                    cancellationToken: ct));
                if (leased != 1)
                {
                    return false;
                }

                var inserted = await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO group_runs (schedule_id, run_key, owner, claimed_at) VALUES (@ScheduleId, @RunKey, @Owner, @At)
                    ON CONFLICT (schedule_id, run_key) DO NOTHING
                    """,
                    new { ScheduleId = scheduleId, RunKey = runKey, Owner = owner, At = UnixTime.ToMs(now) },
                    transaction,
                    cancellationToken: ct));
                return inserted == 1;
            },
            cancellationToken);
    }

    public Task ReleaseRunAsync(string scheduleId, string runKey, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM group_runs WHERE schedule_id = @ScheduleId AND run_key = @RunKey",
                new { ScheduleId = scheduleId, RunKey = runKey },
                transaction,
                cancellationToken: ct)),
            cancellationToken);

    private sealed class ScheduleRow
    {
        public string Id { get; set; } = "";
        public string Platform { get; set; } = "";
        public string Tenant { get; set; } = "";
        public string Channel { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public string LocalTime { get; set; } = "";
        public string TimeZone { get; set; } = "";
        public string Days { get; set; } = "";
        public string? Framework { get; set; }
        public string? Competency { get; set; }
        public long? DigestDay { get; set; }
        public string DigestTime { get; set; } = "";
        public long CreatedAt { get; set; }

        public static ScheduleRow From(QuestionSchedule s) => new()
        {
            Id = s.Id,
            Platform = s.Channel.Platform,
            Tenant = s.Channel.Tenant,
            Channel = s.Channel.Channel,
            CreatedBy = s.CreatedBy.UserId,
            LocalTime = s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            TimeZone = s.TimeZoneId,
            Days = string.Join(',', s.Days.Order().Select(d => ((int)d).ToString(CultureInfo.InvariantCulture))),
            Framework = s.Framework,
            Competency = s.Competency,
            DigestDay = s.DigestDay is { } day ? (long)day : null,
            DigestTime = s.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            CreatedAt = UnixTime.ToMs(s.CreatedAt),
        };

        public QuestionSchedule ToSchedule() => new()
        {
            Id = Id,
            Channel = new ThreadRef(Platform, Tenant, Channel, null),
            CreatedBy = new UserRef(Platform, Tenant, CreatedBy),
            LocalTime = TimeOnly.ParseExact(LocalTime, "HH:mm", CultureInfo.InvariantCulture),
            TimeZoneId = TimeZone,
            Days = Days.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => (DayOfWeek)int.Parse(d, CultureInfo.InvariantCulture)).ToHashSet(),
            Framework = Framework,
            Competency = Competency,
            DigestDay = DigestDay is { } day ? (DayOfWeek)day : null,
            DigestTime = TimeOnly.ParseExact(DigestTime, "HH:mm", CultureInfo.InvariantCulture),
            CreatedAt = UnixTime.FromMs(CreatedAt),
        };
    }
}
