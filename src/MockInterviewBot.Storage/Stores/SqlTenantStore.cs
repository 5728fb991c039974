using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

internal sealed class SqlTenantStore(StorageDatabase database) : ITenantStore
{
    public Task<TenantSettings?> GetSettingsAsync(TenantRef tenant, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) => JsonDocuments.Deserialize<TenantSettings>(
            await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT document FROM tenant_settings WHERE platform = @Platform AND tenant = @Tenant",
                new { tenant.Platform, tenant.Tenant },
                cancellationToken: ct))),
            cancellationToken);

    public Task SaveSettingsAsync(TenantRef tenant, TenantSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO tenant_settings (platform, tenant, document) VALUES (@Platform, @Tenant, @Document)
                ON CONFLICT (platform, tenant) DO UPDATE SET document = excluded.document
                """,
                new { tenant.Platform, tenant.Tenant, Document = JsonDocuments.Serialize(settings) },
                transaction,
                cancellationToken: ct)),
            cancellationToken);
    }

    public Task<TenantInstallation?> GetInstallationAsync(TenantRef tenant, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, ct) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<InstallationRow>(new CommandDefinition(
                """
                SELECT bot_token AS BotToken, bot_user_id AS BotUserId, installed_at AS InstalledAt
                FROM tenant_installations WHERE platform = @Platform AND tenant = @Tenant
                """,
                new { tenant.Platform, tenant.Tenant },
                cancellationToken: ct));
            return row is null ? null : new TenantInstallation(tenant, row.BotToken, row.BotUserId, UnixTime.FromMs(row.InstalledAt));
        }, cancellationToken);

    public Task SaveInstallationAsync(TenantInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO tenant_installations (platform, tenant, bot_token, bot_user_id, installed_at)
                VALUES (@Platform, @Tenant, @BotToken, @BotUserId, @InstalledAt)
                ON CONFLICT (platform, tenant) DO UPDATE SET bot_token = excluded.bot_token,
                    bot_user_id = excluded.bot_user_id, installed_at = excluded.installed_at
                """,
                new
                {
                    installation.Tenant.Platform,
                    installation.Tenant.Tenant,
                    installation.BotToken,
                    installation.BotUserId,
                    InstalledAt = UnixTime.ToMs(installation.InstalledAt),
                },
                transaction,
                cancellationToken: ct)),
            cancellationToken);
    }

    private sealed class InstallationRow
    {
        public string BotToken { get; set; } = "";
        public string? BotUserId { get; set; }
        public long InstalledAt { get; set; }
    }
}
