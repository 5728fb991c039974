using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Commands;
using MockInterviewBot.Discord.Gateway;
using MockInterviewBot.Discord.Handling;
using MockInterviewBot.Discord.Rest;

namespace MockInterviewBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Discord adapter from the "Discord" section. Always registers <see cref="DiscordConnectionState"/>
    /// (for /readyz); the gateway, REST client and hosted service only when Discord:Token is set. Needs
    /// <see cref="InboundDispatcher"/> and <see cref="IProcessedEventStore"/> (and optionally <see cref="ISessionStore"/>,
    /// for button ownership checks) from the host.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        var enabled = !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]);
        services.TryAddSingleton(new DiscordConnectionState(enabled));
        services.AddOptions<DiscordOptions>().Bind(section);
        if (!enabled)
        {
            return services;
        }

        services.AddOptions<DiscordOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // No HttpClient request logging: interaction webhook URLs carry the interaction token.
        services.AddHttpClient(DiscordRestClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers();

        services.TryAddSingleton(sp => new RestRateLimiter(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RestRateLimiter>>()));
        services.TryAddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<RestRateLimiter>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<IGatewaySessionStore, InMemoryGatewaySessionStore>();
        services.TryAddSingleton(sp => new GatewayClient(
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetRequiredService<IGatewayTransportFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DiscordConnectionState>(),
            sp.GetRequiredService<IGatewaySessionStore>(),
            sp.GetRequiredService<ILogger<GatewayClient>>(),
            (sp.GetService<GatewayJitter>() ?? GatewayJitter.Shared).Next));
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton<InterviewThreadRegistry>();
        services.TryAddSingleton(sp => new DiscordEventHandler(
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetRequiredService<InboundDispatcher>(),
            sp.GetRequiredService<IProcessedEventStore>(),
            sp.GetService<ISessionStore>(),
            sp.GetRequiredService<GatewayClient>(),
            sp.GetRequiredService<CommandRegistrar>(),
            sp.GetRequiredService<InterviewThreadRegistry>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordEventHandler>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboundMessenger, DiscordOutboundMessenger>(sp => new DiscordOutboundMessenger(
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetRequiredService<InterviewThreadRegistry>(),
            sp.GetRequiredService<ILogger<DiscordOutboundMessenger>>())));
        services.AddHostedService(sp => new DiscordHostedService(sp.GetRequiredService<GatewayClient>(), sp.GetRequiredService<DiscordEventHandler>()));
        return services;
    }
}
