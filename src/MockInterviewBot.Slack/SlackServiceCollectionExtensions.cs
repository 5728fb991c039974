using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Install;
using MockInterviewBot.Slack.Outbound;
using MockInterviewBot.Slack.Transport;
using MockInterviewBot.Slack.Transport.SocketMode;

namespace MockInterviewBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack adapter from the "Slack" section. It is enabled when Slack:BotToken (or OAuth client
    /// credentials) is set; otherwise only a disabled <see cref="SlackConnectionState"/> is registered. Options are
    /// validated on start with messages naming the key. The host registers the engine, the
    /// <see cref="InboundDispatcher"/> (and the service running it) and the stores.
    /// </summary>
    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.SectionName);
        var snapshot = section.Get<SlackOptions>() ?? new SlackOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new SlackConnectionState(snapshot.Enabled, snapshot.Mode));
        if (!snapshot.Enabled)
        {
            return services;
        }

        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.AddSingleton<SlackAdapterMarker>();
        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);

        services.AddSingleton<SlackRateGate>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton(sp => new SlackInstallations(sp.GetRequiredService<IOptions<SlackOptions>>(), sp.GetService<ITenantStore>()));
        services.AddSingleton(sp => new SlackRouter(sp.GetService<IThreadTopicStore>(), sp.GetRequiredService<SlackInstallations>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DispatcherFeeder(sp.GetRequiredService<InboundDispatcher>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SlackReplySender(
            sp.GetRequiredService<SlackApiClient>(),
            sp.GetRequiredService<SlackInstallations>(),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<ILogger<SlackReplySender>>(),
            sp.GetService<ITenantStore>(),
            sp.GetService<IUserSettingsStore>()));
        services.AddSingleton(sp => new SlackThreadStarter(
            sp.GetRequiredService<SlackApiClient>(),
            sp.GetRequiredService<SlackInstallations>(),
            sp.GetRequiredService<SlackReplySender>(),
            sp.GetRequiredService<DispatcherFeeder>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SlackThreadStarter>>(),
            sp.GetService<IThreadTopicStore>(),
            sp.GetService<ISessionStore>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboundMessenger, SlackOutboundMessenger>(sp => new SlackOutboundMessenger(
            sp.GetRequiredService<SlackApiClient>(),
            sp.GetRequiredService<SlackInstallations>(),
            sp.GetRequiredService<SlackReplySender>())));
        services.AddSingleton(sp => new SlackHomePublisher(
            sp.GetRequiredService<SlackApiClient>(),
            sp.GetRequiredService<SlackInstallations>(),
            sp.GetService<ISessionStore>(),
            sp.GetService<IScenarioCatalog>()));
        services.AddSingleton<SlackWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWorkQueue>());
        services.AddSingleton(sp => new SlackInboundPipeline(
            sp.GetRequiredService<SlackRouter>(),
            sp.GetRequiredService<DispatcherFeeder>(),
            sp.GetRequiredService<SlackWorkQueue>(),
            sp.GetRequiredService<SlackReplySender>(),
            sp.GetRequiredService<SlackThreadStarter>(),
            sp.GetRequiredService<SlackHomePublisher>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SlackInboundPipeline>>(),
            sp.GetService<IProcessedEventStore>()));
        services.AddSingleton(sp =>
        {
            var secret = sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret;
            var verifier = string.IsNullOrWhiteSpace(secret) ? null : new SlackRequestVerifier(secret, sp.GetRequiredService<TimeProvider>());
            return new SlackHttpEndpoints(sp.GetRequiredService<SlackInboundPipeline>(), sp.GetRequiredService<ILogger<SlackHttpEndpoints>>(), verifier);
        });
        services.AddSingleton(sp => new SlackOAuthEndpoints(
            sp.GetRequiredService<SlackApiClient>(),
            sp.GetRequiredService<SlackInstallations>(),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SlackOAuthEndpoints>>(),
            sp.GetService<ITenantStore>()));
        services.AddSingleton<SlackAdapterService>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackAdapterService>());
        return services;
    }
}

/// <summary>Present in the container only when the adapter is enabled.</summary>
internal sealed class SlackAdapterMarker;
