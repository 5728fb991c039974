using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MockInterviewBot.Core.Interviews.Commands;
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
        services.AddOptions<LeaderboardOptions>().Bind(configuration.GetSection(LeaderboardOptions.SectionName));
        services.AddOptions<PairingOptions>().Bind(configuration.GetSection(PairingOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPairingStore, InMemoryPairingStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, LeaderboardCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, PairCommand>());
        return services;
    }
}
