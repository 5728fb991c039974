using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Groups;

public static class GroupsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the study-group features (question of the day, weekly digest, leaderboard, pairing) from the
    /// "Groups" section. Needs the host's TimeProvider, logging, scenario catalog, stores and engine.
    /// </summary>
    public static IServiceCollection AddStudyGroups(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Messages the bot starts itself go through the adapters' IOutboundMessenger registrations.
        services.TryAddSingleton(sp => new OutboundMessengers(sp.GetServices<IOutboundMessenger>()));
        services.AddLeaderboardAndPairing(configuration);
        return services;
    }
}
