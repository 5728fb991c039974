using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Pairing;
using MockInterviewBot.Storage.Maintenance;
using MockInterviewBot.Groups.Storage;
using MockInterviewBot.Storage.Migrations;
using MockInterviewBot.Storage.Sql;
using MockInterviewBot.Storage.Stores;

namespace MockInterviewBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the durable implementation of every store port (replacing any earlier registration, e.g. the
    /// in-memory store), the start-up migration, the retention job and <see cref="StorageHealth"/>.
    /// Settings come from the "Storage" section and are validated at start-up.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.TryAddSingleton<StorageDialect>(sp => CreateDialect(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<MigrationRunner>();
        services.TryAddSingleton<StorageDatabase>();
        services.TryAddSingleton(sp => new StorageHealth(sp.GetRequiredService<StorageDatabase>()));
        services.TryAddSingleton<RetentionPurger>();

        services.RemoveAll<ISessionStore>().AddSingleton<ISessionStore, SqlSessionStore>();
        services.RemoveAll<IThreadTopicStore>().AddSingleton<IThreadTopicStore, SqlThreadTopicStore>();
        services.RemoveAll<IUserSettingsStore>().AddSingleton<IUserSettingsStore, SqlUserSettingsStore>();
        services.RemoveAll<IProcessedEventStore>().AddSingleton<IProcessedEventStore, SqlProcessedEventStore>();
        services.RemoveAll<IUserDataEraser>().AddSingleton<IUserDataEraser, SqlUserDataEraser>();
        services.RemoveAll<ITenantStore>().AddSingleton<ITenantStore, SqlTenantStore>();
        services.RemoveAll<ILeaseStore>().AddSingleton<ILeaseStore, SqlLeaseStore>();
        services.RemoveAll<IPairingStore>().AddSingleton<IPairingStore, SqlPairingStore>();
        services.RemoveAll<IChannelSessionQuery>().AddSingleton<IChannelSessionQuery>(sp => new SqlSessionStore(sp.GetRequiredService<StorageDatabase>()));
        services.RemoveAll<IStudyGroupStore>().AddSingleton<IStudyGroupStore, SqlStudyGroupStore>();
        services.RemoveAll<IAdminStatsQuery>().AddSingleton<IAdminStatsQuery, SqlAdminStatsQuery>();

        // Migrations first: registered before the host's own services so it starts before they use the stores.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageStartupService>());
        services.AddHostedService<StorageRetentionService>();
        return services;
    }

    internal static StorageDialect CreateDialect(StorageOptions options) => options.ProviderKind switch
    {
        StorageProvider.Postgres => new PostgresDialect(options),
        _ => new SqliteDialect(options),
    };
}
