using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

/// <summary>
/// "forget": in one transaction, deletes the person's transcripts, sessions (which are also their history and
/// scores), settings, peer-pairing preferences and ratings, and removes their id from thread topics they started,
/// from pairing history and from channel schedules they set.
/// </summary>
internal sealed class SqlUserDataEraser(StorageDatabase database) : IUserDataEraser
{
    public const string Sessions = "sessions";
    public const string Transcripts = "transcripts";
    public const string Settings = "settings";
    public const string ThreadTopics = "threadTopics";
    public const string GroupSchedules = "groupSchedules";
    public const string Pairing = "pairing";

    public Task<ForgetReport> ForgetAsync(UserRef user, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction, ct) =>
        {
            var who = new { user.Platform, user.Tenant, user.UserId };
            Task<int> Run(string sql) => connection.ExecuteAsync(new CommandDefinition(sql, who, transaction, cancellationToken: ct));

            var transcripts = await Run("DELETE FROM transcript_entries WHERE platform = @Platform AND tenant = @Tenant AND user_id = @UserId");
            var sessions = await Run("DELETE FROM sessions WHERE platform = @Platform AND tenant = @Tenant AND user_id = @UserId");
            var settings = await Run("DELETE FROM user_settings WHERE platform = @Platform AND tenant = @Tenant AND user_id = @UserId");
            var topics = await Run("UPDATE thread_topics SET started_by = NULL WHERE platform = @Platform AND tenant = @Tenant AND started_by = @UserId");

            // A channel's schedule stays (it belongs to the channel); only who set it is forgotten.
            var schedules = await Run("UPDATE group_schedules SET created_by = '' WHERE platform = @Platform AND tenant = @Tenant AND created_by = @UserId");
            var pairing = await SqlPairingStore.ForgetAsync(connection, transaction, user, ct);
            return new ForgetReport(new Dictionary<string, int>(StringComparer.Ordinal)
            {
                [Sessions] = sessions,
                [Transcripts] = transcripts,
                [Settings] = settings,
                [ThreadTopics] = topics,
                [GroupSchedules] = schedules,
                [Pairing] = pairing,
            });
        }, cancellationToken);
}
