using Dapper;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Stores;

/// <summary>Read-only admin figures from the sessions table (documents only for the ratings; no transcripts).</summary>
internal sealed class SqlAdminStatsQuery(StorageDatabase database) : IAdminStatsQuery
{
    private const int MaxTenants = 500;

    public Task<IReadOnlyList<AdminSessionFacts>> ListSessionFactsAsync(AdminStatsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<AdminSessionFacts>>([]);
        }

        var tenantClause = filter.Tenant is null ? "" : " AND platform = @Platform AND tenant = @Tenant";
        var sql = $"""
            SELECT document FROM sessions
            WHERE (created_at >= @Since OR status = @Active){tenantClause}
            ORDER BY created_at DESC, id DESC LIMIT @Limit
            """;
        var parameters = new
        {
            Since = UnixTime.ToMs(filter.Since),
            Active = StoredNames.Of(SessionStatus.Active),
            filter.Tenant?.Platform,
            filter.Tenant?.Tenant,
            Limit = (long)filter.Limit,
        };
        return database.ReadAsync<IReadOnlyList<AdminSessionFacts>>(async (connection, ct) =>
        {
            var documents = await connection.QueryAsync<string>(new CommandDefinition(sql, parameters, cancellationToken: ct));
            return documents.Select(d => AdminSessionFacts.From(SessionJson.Deserialize(d))).ToArray();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TenantRef>> ListTenantsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TenantRef>>(async (connection, ct) =>
        {
            var rows = await connection.QueryAsync<(string Platform, string Tenant)>(new CommandDefinition(
                "SELECT DISTINCT platform, tenant FROM sessions ORDER BY platform, tenant LIMIT @Limit",
                new { Limit = (long)MaxTenants },
                cancellationToken: ct));
            return rows.Select(r => new TenantRef(r.Platform, r.Tenant)).ToArray();
        }, cancellationToken);
}
