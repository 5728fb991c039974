using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Schedules;
using MockInterviewBot.Groups.Storage;

namespace MockInterviewBot.Groups;

public static class GroupsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the study-group features from the "Groups" section: the <c>schedule</c> chat command (an
    /// <see cref="IChatCommand"/> the engine picks up), the question-of-the-day and weekly-digest scheduler (a hosted
    /// service), in-memory stores unless AddStorage registers the SQL ones (either order works). Needs the host's
    /// TimeProvider, logging, IScenarioCatalog, the Core store ports and the adapters' IOutboundMessenger registrations.
    /// </summary>
    public static IServiceCollection AddStudyGroups(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GroupsOptions>().Bind(configuration.GetSection(GroupsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GroupsOptions>, GroupsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Messages the bot starts itself go through the adapters' IOutboundMessenger registrations.
        services.TryAddSingleton(sp => new OutboundMessengers(sp.GetServices<IOutboundMessenger>()));
        services.TryAddSingleton<IStudyGroupStore, InMemoryStudyGroupStore>();
        services.TryAddSingleton<IChannelSessionQuery>(sp => sp.GetRequiredService<ISessionStore>() as IChannelSessionQuery ?? NoChannelSessions.Instance);

        services.TryAddSingleton(sp => new QuestionOfTheDay(
            sp.GetRequiredService<IScenarioCatalog>(),
            sp.GetRequiredService<OutboundMessengers>(),
            sp.GetRequiredService<IThreadTopicStore>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, ScheduleCommand>(sp =>
            new ScheduleCommand(sp.GetRequiredService<IStudyGroupStore>(), sp.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton(sp => new StudyGroupScheduler(
            sp.GetRequiredService<IStudyGroupStore>(),
            sp.GetRequiredService<QuestionOfTheDay>(),
            sp.GetRequiredService<OutboundMessengers>(),
            sp.GetRequiredService<IChannelSessionQuery>(),
            sp.GetRequiredService<IScenarioCatalog>(),
            sp.GetRequiredService<IOptions<GroupsOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<StudyGroupScheduler>>(),
            sp.GetService<ITenantStore>()));
        services.AddHostedService(sp => sp.GetRequiredService<StudyGroupScheduler>());
        services.AddLeaderboardAndPairing(configuration);
        return services;
    }

    private sealed class NoChannelSessions : IChannelSessionQuery
    {
        public static NoChannelSessions Instance { get; } = new();

        public Task<IReadOnlyList<InterviewSession>> ListByChannelAsync(ThreadRef channel, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<InterviewSession>>([]);
    }
}
