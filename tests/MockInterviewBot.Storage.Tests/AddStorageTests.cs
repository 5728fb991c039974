using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Storage.Tests;

public sealed class AddStorageTests
{
    [Fact]
    public void AddStorage_AfterInMemoryStore_ReplacesEveryPort()
    {
        var services = new ServiceCollection();
        var memory = new InMemoryStore();
        services.AddSingleton<ISessionStore>(memory).AddSingleton<IProcessedEventStore>(memory).AddSingleton<ILeaseStore>(memory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "mib-storage-tests", Guid.NewGuid().ToString("N")),
        }).Build();

        services.AddStorage(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.IsNotType<InMemoryStore>(provider.GetRequiredService<ISessionStore>());
        Assert.IsNotType<InMemoryStore>(provider.GetRequiredService<IProcessedEventStore>());
        Assert.IsNotType<InMemoryStore>(provider.GetRequiredService<ILeaseStore>());
        Assert.NotNull(provider.GetRequiredService<IThreadTopicStore>());
        Assert.NotNull(provider.GetRequiredService<IUserSettingsStore>());
        Assert.NotNull(provider.GetRequiredService<IUserDataEraser>());
        Assert.NotNull(provider.GetRequiredService<ITenantStore>());
        Assert.NotNull(provider.GetRequiredService<StorageHealth>());
        Assert.Single(services, d => d.ServiceType == typeof(ISessionStore));
    }

    [Fact]
    public void AddStorage_HostedServices_MigrationRunsFirst()
    {
        var services = new ServiceCollection();
        services.AddHostedService<NoopService>();

        services.AddStorage(new ConfigurationBuilder().Build());

        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).ToArray();
        Assert.Equal("StorageStartupService", hosted[0].ImplementationType?.Name);
        Assert.Contains(hosted, d => d.ImplementationType?.Name == "StorageRetentionService");
    }

    private sealed class NoopService : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
