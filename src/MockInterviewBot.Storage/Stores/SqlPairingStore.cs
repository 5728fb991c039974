using System.Data.Common;
using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups.Pairing;
using MockInterviewBot.Scoring;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

/// <summary>Peer pairing (migration 4): members' preferences, rounds with their assignments, and peer ratings.</summary>
internal sealed class SqlPairingStore(StorageDatabase database) : IPairingStore
{
    private const string SelectRound = "SELECT id AS Id, platform AS Platform, tenant AS Tenant, channel AS Channel, created_at AS CreatedAt, created_by AS CreatedBy, waiting AS Waiting FROM pair_rounds";

    public Task<PairMember?> GetMemberAsync(ThreadRef channel, string userId, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(
                """
                SELECT user_id AS UserId, opted_in AS OptedIn, snoozed_until AS SnoozedUntil, updated_at AS UpdatedAt
                FROM pair_members WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel AND user_id = @UserId
                """,
                new { channel.Platform, channel.Tenant, channel.Channel, UserId = userId },
                cancellationToken: ct));
            return row?.ToMember(channel);
        }, cancellationToken);

    public Task SaveMemberAsync(PairMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO pair_members (platform, tenant, channel, user_id, opted_in, snoozed_until, updated_at)
                VALUES (@Platform, @Tenant, @Channel, @UserId, @OptedIn, @SnoozedUntil, @UpdatedAt)
                ON CONFLICT (platform, tenant, channel, user_id) DO UPDATE SET opted_in = excluded.opted_in,
                    snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at
                """,
                new
                {
                    member.Channel.Platform,
                    member.Channel.Tenant,
                    member.Channel.Channel,
                    member.UserId,
                    OptedIn = member.OptedIn ? 1L : 0L,
                    SnoozedUntil = member.SnoozedUntil is { } until ? UnixTime.ToMs(until) : (long?)null,
                    UpdatedAt = UnixTime.ToMs(member.UpdatedAt),
                },
                transaction,
                cancellationToken: ct)),
            cancellationToken);
    }

    public Task<IReadOnlyList<PairMember>> ListMembersAsync(ThreadRef channel, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var rows = await connection.QueryAsync<MemberRow>(new CommandDefinition(
                """
                SELECT user_id AS UserId, opted_in AS OptedIn, snoozed_until AS SnoozedUntil, updated_at AS UpdatedAt
                FROM pair_members WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel ORDER BY user_id
                """,
                new { channel.Platform, channel.Tenant, channel.Channel },
                cancellationToken: ct));
            return (IReadOnlyList<PairMember>)rows.Select(r => r.ToMember(channel)).ToArray();
        }, cancellationToken);

    public Task SaveRoundAsync(PairRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        return database.WriteAsync(async (connection, transaction, ct) =>
        {
            var channel = round.Channel;
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM pair_assignments WHERE round_id = @Id", new { round.Id }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO pair_rounds (id, platform, tenant, channel, created_at, created_by, waiting)
                VALUES (@Id, @Platform, @Tenant, @Channel, @CreatedAt, @CreatedBy, @Waiting)
                ON CONFLICT (id) DO UPDATE SET created_by = excluded.created_by, waiting = excluded.waiting
                """,
                new { round.Id, channel.Platform, channel.Tenant, channel.Channel, CreatedAt = UnixTime.ToMs(round.CreatedAt), round.CreatedBy, round.Waiting },
                transaction,
                cancellationToken: ct));
            foreach (var a in round.Assignments)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO pair_assignments (round_id, platform, tenant, interviewer, candidate, scenario_id, group_no)
                    VALUES (@RoundId, @Platform, @Tenant, @Interviewer, @Candidate, @ScenarioId, @Group)
                    """,
                    new { RoundId = round.Id, channel.Platform, channel.Tenant, a.Interviewer, a.Candidate, a.ScenarioId, Group = (long)a.Group },
                    transaction,
                    cancellationToken: ct));
            }

            return true;
        }, cancellationToken);
    }

    public Task<PairRound?> GetRoundAsync(string platform, string roundId, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<RoundRow>(new CommandDefinition(
                SelectRound + " WHERE id = @Id AND platform = @Platform", new { Id = roundId, Platform = platform }, cancellationToken: ct));
            return row is null ? null : (await LoadAsync(connection, [row], ct))[0];
        }, cancellationToken);

    public Task<IReadOnlyList<PairRound>> ListRoundsAsync(ThreadRef channel, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var rows = (await connection.QueryAsync<RoundRow>(new CommandDefinition(
                SelectRound + " WHERE platform = @Platform AND tenant = @Tenant AND channel = @Channel ORDER BY created_at DESC, id DESC LIMIT @Limit",
                new { channel.Platform, channel.Tenant, channel.Channel, Limit = (long)Math.Max(0, limit) },
                cancellationToken: ct))).ToArray();
            return await LoadAsync(connection, rows, ct);
        }, cancellationToken);

    public Task SaveRatingAsync(PeerRating rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO peer_ratings (round_id, platform, tenant, interviewer, candidate, scenario_id, peer_verdict, bot_verdict, bot_overall, rated_at)
                VALUES (@RoundId, @Platform, @Tenant, @Interviewer, @Candidate, @ScenarioId, @PeerVerdict, @BotVerdict, @BotOverall, @RatedAt)
                ON CONFLICT (round_id, interviewer, candidate) DO UPDATE SET peer_verdict = excluded.peer_verdict,
                    bot_verdict = excluded.bot_verdict, bot_overall = excluded.bot_overall, rated_at = excluded.rated_at
                """,
                new
                {
                    rating.RoundId,
                    rating.Tenant.Platform,
                    rating.Tenant.Tenant,
                    rating.Interviewer,
                    rating.Candidate,
                    rating.ScenarioId,
                    PeerVerdict = StoredNames.Of(rating.PeerVerdict),
                    BotVerdict = rating.BotVerdict is { } v ? StoredNames.Of(v) : null,
                    BotOverall = rating.BotOverall is { } o ? (long?)o : null,
                    RatedAt = UnixTime.ToMs(rating.RatedAt),
                },
                transaction,
                cancellationToken: ct)),
            cancellationToken);
    }

    public Task<IReadOnlyList<PeerRating>> ListRatingsForAsync(UserRef candidate, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var rows = await connection.QueryAsync<RatingRow>(new CommandDefinition(
                """
                SELECT round_id AS RoundId, interviewer AS Interviewer, candidate AS Candidate, scenario_id AS ScenarioId,
                    peer_verdict AS PeerVerdict, bot_verdict AS BotVerdict, bot_overall AS BotOverall, rated_at AS RatedAt
                FROM peer_ratings WHERE platform = @Platform AND tenant = @Tenant AND candidate = @UserId ORDER BY rated_at DESC
                """,
                new { candidate.Platform, candidate.Tenant, candidate.UserId },
                cancellationToken: ct));
            var tenant = new TenantRef(candidate.Platform, candidate.Tenant);
            return (IReadOnlyList<PeerRating>)rows.Select(r => new PeerRating(
                r.RoundId, tenant, r.Interviewer, r.Candidate, r.ScenarioId,
                StoredNames.Parse<Verdict>(r.PeerVerdict),
                r.BotVerdict is null ? null : StoredNames.Parse<Verdict>(r.BotVerdict),
                r.BotOverall is { } o ? (int)o : null,
                UnixTime.FromMs(r.RatedAt))).ToArray();
        }, cancellationToken);

    public Task<int> ForgetAsync(UserRef user, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction, ct) => ForgetAsync(connection, transaction, user, ct), cancellationToken);

    /// <summary>Pairing rows about the person, inside the caller's transaction (used by "forget").</summary>
    internal static async Task<int> ForgetAsync(DbConnection connection, DbTransaction transaction, UserRef user, CancellationToken ct)
    {
        var who = new { user.Platform, user.Tenant, user.UserId, Forgotten = InMemoryPairingStore.ForgottenUser };
        Task<int> Run(string sql) => connection.ExecuteAsync(new CommandDefinition(sql, who, transaction, cancellationToken: ct));
        var members = await Run("DELETE FROM pair_members WHERE platform = @Platform AND tenant = @Tenant AND user_id = @UserId");
        var ratings = await Run("DELETE FROM peer_ratings WHERE platform = @Platform AND tenant = @Tenant AND (interviewer = @UserId OR candidate = @UserId)");
        await Run("UPDATE pair_assignments SET interviewer = @Forgotten WHERE platform = @Platform AND tenant = @Tenant AND interviewer = @UserId");
        await Run("UPDATE pair_assignments SET candidate = @Forgotten WHERE platform = @Platform AND tenant = @Tenant AND candidate = @UserId");
        await Run("UPDATE pair_rounds SET created_by = @Forgotten WHERE platform = @Platform AND tenant = @Tenant AND created_by = @UserId");
        await Run("UPDATE pair_rounds SET waiting = @Forgotten WHERE platform = @Platform AND tenant = @Tenant AND waiting = @UserId");
        return members + ratings;
    }

    private static async Task<IReadOnlyList<PairRound>> LoadAsync(DbConnection connection, RoundRow[] rows, CancellationToken ct)
    {
        var rounds = new List<PairRound>(rows.Length);
        foreach (var row in rows)
        {
            var assignments = await connection.QueryAsync<AssignmentRow>(new CommandDefinition(
                """
                SELECT interviewer AS Interviewer, candidate AS Candidate, scenario_id AS ScenarioId, group_no AS GroupNo
                FROM pair_assignments WHERE round_id = @Id ORDER BY group_no, interviewer
                """,
                new { row.Id },
                cancellationToken: ct));
            rounds.Add(new PairRound(
                row.Id,
                new ThreadRef(row.Platform, row.Tenant, row.Channel, null),
                UnixTime.FromMs(row.CreatedAt),
                row.CreatedBy,
                assignments.Select(a => new PairAssignment(row.Id, a.Interviewer, a.Candidate, a.ScenarioId, (int)a.GroupNo)).ToArray(),
                row.Waiting));
        }

        return rounds;
    }

    private sealed class MemberRow
    {
        public string UserId { get; set; } = "";
        public long OptedIn { get; set; }
        public long? SnoozedUntil { get; set; }
        public long UpdatedAt { get; set; }

        public PairMember ToMember(ThreadRef channel) =>
            new(channel, UserId, OptedIn != 0, SnoozedUntil is { } s ? UnixTime.FromMs(s) : null, UnixTime.FromMs(UpdatedAt));
    }

    private sealed class RoundRow
    {
        public string Id { get; set; } = "";
        public string Platform { get; set; } = "";
        public string Tenant { get; set; } = "";
        public string Channel { get; set; } = "";
        public long CreatedAt { get; set; }
        public string CreatedBy { get; set; } = "";
        public string? Waiting { get; set; }
    }

    private sealed class AssignmentRow
    {
        public string Interviewer { get; set; } = "";
        public string Candidate { get; set; } = "";
        public string ScenarioId { get; set; } = "";
        public long GroupNo { get; set; }
    }

    private sealed class RatingRow
    {
        public string RoundId { get; set; } = "";
        public string Interviewer { get; set; } = "";
        public string Candidate { get; set; } = "";
        public string ScenarioId { get; set; } = "";
        public string PeerVerdict { get; set; } = "";
        public string? BotVerdict { get; set; }
        public long? BotOverall { get; set; }
        public long RatedAt { get; set; }
    }
}
