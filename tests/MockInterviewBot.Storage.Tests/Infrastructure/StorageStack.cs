using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Maintenance;
using MockInterviewBot.Storage.Migrations;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>One "replica": the services AddStorage registers, built from settings.</summary>
public sealed class StorageStack : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public StorageStack(IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddStorage(configuration);
        _provider = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _provider;

    public ISessionStore Sessions => _provider.GetRequiredService<ISessionStore>();
    public IThreadTopicStore Topics => _provider.GetRequiredService<IThreadTopicStore>();
    public IUserSettingsStore UserSettings => _provider.GetRequiredService<IUserSettingsStore>();
    public IProcessedEventStore Processed => _provider.GetRequiredService<IProcessedEventStore>();
    public IUserDataEraser Eraser => _provider.GetRequiredService<IUserDataEraser>();
    public ITenantStore Tenants => _provider.GetRequiredService<ITenantStore>();
    public ILeaseStore Leases => _provider.GetRequiredService<ILeaseStore>();
    public MockInterviewBot.Groups.Pairing.IPairingStore Pairing => _provider.GetRequiredService<MockInterviewBot.Groups.Pairing.IPairingStore>();
    public StorageHealth Health => _provider.GetRequiredService<StorageHealth>();
    internal MigrationRunner Migrations => _provider.GetRequiredService<MigrationRunner>();
    internal RetentionPurger Purger => _provider.GetRequiredService<RetentionPurger>();
    internal StorageDialect Dialect => _provider.GetRequiredService<StorageDialect>();
    internal StorageRetentionService Retention => _provider.GetServices<IHostedService>().OfType<StorageRetentionService>().Single();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
