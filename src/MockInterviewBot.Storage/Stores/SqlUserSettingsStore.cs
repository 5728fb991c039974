using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

internal sealed class SqlUserSettingsStore(StorageDatabase database) : IUserSettingsStore
{
    public Task<UserSettings?> GetAsync(UserRef user, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) => JsonDocuments.Deserialize<UserSettings>(
            await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT document FROM user_settings WHERE platform = @Platform AND tenant = @Tenant AND user_id = @UserId",
                new { user.Platform, user.Tenant, user.UserId },
                cancellationToken: ct))),
            cancellationToken);

    public Task SaveAsync(UserRef user, UserSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO user_settings (platform, tenant, user_id, document) VALUES (@Platform, @Tenant, @UserId, @Document)
                ON CONFLICT (platform, tenant, user_id) DO UPDATE SET document = excluded.document
                """,
                new { user.Platform, user.Tenant, user.UserId, Document = JsonDocuments.Serialize(settings) },
                transaction,
                cancellationToken: ct)),
            cancellationToken);
    }
}
