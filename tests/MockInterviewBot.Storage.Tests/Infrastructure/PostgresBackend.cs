using Npgsql;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>A fresh schema per test on the server named by MIB_TEST_POSTGRES; dropped afterwards.</summary>
public sealed class PostgresBackend : StorageBackend
{
    private readonly NpgsqlConnectionStringBuilder _admin;
    private readonly string _schema;
    private readonly List<TcpProxy> _proxies = [];

    private PostgresBackend(NpgsqlConnectionStringBuilder admin, string schema)
    {
        _admin = admin;
        _schema = schema;
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string? Secret => string.IsNullOrEmpty(_admin.Password) ? null : _admin.Password;

    public static async Task<PostgresBackend> CreateAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresEnvironment.RequireConnectionString());
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(admin.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresBackend(admin, schema);
    }

    protected override Dictionary<string, string?> Settings() => SettingsFor(_admin.Host!, _admin.Port);

    public override Task<(StorageStack Stack, IOutage Outage)> CreateOutageStackAsync()
    {
        var proxy = new TcpProxy(_admin.Host!, _admin.Port);
        _proxies.Add(proxy);
        var settings = SettingsFor("127.0.0.1", proxy.Port);
        return Task.FromResult<(StorageStack, IOutage)>((CreateStack(configure: s => s["Storage:ConnectionString"] = settings["Storage:ConnectionString"]), new ProxyOutage(proxy)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var proxy in _proxies)
        {
            await proxy.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(_admin.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private Dictionary<string, string?> SettingsFor(string host, int port)
    {
        var builder = new NpgsqlConnectionStringBuilder(_admin.ToString())
        {
            Host = host,
            Port = port,
            SearchPath = _schema,
            MaxPoolSize = 20,
            Timeout = 5,
        };
        return new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = builder.ToString(),
        };
    }

    private sealed class ProxyOutage(TcpProxy proxy) : IOutage
    {
        public Task BeginAsync()
        {
            proxy.Stop();
            return Task.CompletedTask;
        }

        public Task EndAsync()
        {
            proxy.Start();
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => proxy.DisposeAsync();
    }
}
