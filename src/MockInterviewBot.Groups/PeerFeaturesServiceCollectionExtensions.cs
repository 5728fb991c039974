using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Leaderboard;
using MockInterviewBot.Groups.Pairing;

namespace MockInterviewBot.Groups;

/// <summary>Registrations of the leaderboard and peer pairing (called by <see cref="GroupsServiceCollectionExtensions.AddStudyGroups"/>).</summary>
public static class PeerFeaturesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>leaderboard</c> and <c>pair</c> as engine chat commands, their options ("Groups:Leaderboard",
    /// "Groups:Pairing") and the in-memory <see cref="IPairingStore"/> unless durable storage registered one.
    /// </summary>
    public static IServiceCollection AddLeaderboardAndPairing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LeaderboardOptions>().Bind(configuration.GetSection(LeaderboardOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeaderboardOptions>, LeaderboardOptionsValidator>());
        services.AddOptions<PairingOptions>().Bind(configuration.GetSection(PairingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PairingOptions>, PairingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPairingStore, InMemoryPairingStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, LeaderboardCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, PairCommand>());

        // "forget" must reach pairing data kept in memory too (durable storage erases it in SQL itself).
        var eraser = services.LastOrDefault(d => d.ServiceType == typeof(IUserDataEraser));
        if (eraser is not null && !eraser.IsKeyedService && !services.Any(d => d.ServiceType == typeof(PairingAwareEraser)))
        {
            services.Remove(eraser);
            services.AddSingleton<PairingAwareEraser>(sp => new PairingAwareEraser(Resolve(sp, eraser), sp.GetRequiredService<IPairingStore>()));
            services.AddSingleton<IUserDataEraser>(sp => sp.GetRequiredService<PairingAwareEraser>());
        }

        return services;
    }

    private static IUserDataEraser Resolve(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (IUserDataEraser)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? sp.GetService(descriptor.ImplementationType!)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
