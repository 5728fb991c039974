using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Dapper;
using Npgsql;

namespace MockInterviewBot.Storage.Sql;

/// <summary>PostgreSQL: a pooled data source shared by the process; an advisory lock serializes migration runners across replicas.</summary>
internal sealed class PostgresDialect : StorageDialect
{
    /// <summary>Arbitrary application-wide key for pg_advisory_xact_lock ("MIB" + schema).</summary>
    private const long MigrationLockKey = 0x4D49_4253_4348_454D;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(StorageOptions options)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string? MigrationLockSql { get; } =
        string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({MigrationLockKey});");

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM schema_version;", commandTimeout: 2, cancellationToken: cancellationToken));
    }

    public override async Task<long> SizeBytesAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::bigint
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname = current_schema();
            """;
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    public override bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException e => e.SqlState.Length >= 2 && e.SqlState[..2] is "08" or "28" or "3D" or "40" or "53" or "57" or "58",
        NpgsqlException or SocketException or TimeoutException or IOException => true,
        _ => false,
    };

    public override bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException e => e.IsTransient,
        SocketException or TimeoutException or IOException => true,
        _ => false,
    };

    public override string Describe(Exception exception) => exception switch
    {
        PostgresException e => string.Create(CultureInfo.InvariantCulture, $"PostgreSQL refused the request (SQLSTATE {e.SqlState})"),
        NpgsqlException { InnerException: SocketException s } => string.Create(CultureInfo.InvariantCulture, $"PostgreSQL cannot be reached ({s.SocketErrorCode})"),
        NpgsqlException { InnerException: TimeoutException } or TimeoutException => "PostgreSQL did not answer in time",
        NpgsqlException => "the connection to PostgreSQL failed",
        _ => exception.GetType().Name,
    };

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public override void Dispose() => _dataSource.Dispose();
}
