using MockInterviewBot.Core.Operations;
using MockInterviewBot.Discord;
using MockInterviewBot.Groups;
using MockInterviewBot.Slack;
using MockInterviewBot.Storage;

namespace MockInterviewBot.Hosting;

/// <summary>
/// Plugs durable storage, the platform adapters and the study-group features in. Each adapter enables itself only when its credentials are
/// configured; each reports to /readyz only when enabled.
/// </summary>
internal static partial class PlatformRegistration
{
    public static IServiceCollection AddPlatforms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        services.AddSingleton<IReadinessCheck, StorageReadiness>();
        services.AddSlackAdapter(configuration);
        services.AddSingleton<IReadinessCheck, SlackReadiness>();
        services.AddDiscordAdapter(configuration);
        services.AddSingleton<IReadinessCheck, DiscordReadiness>();

        // Question of the day, digest, leaderboard, pairing: chat commands for the engine and the scheduler.
        services.AddStudyGroups(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSlackEndpoints();
        return endpoints;
    }

    /// <summary>With no platform configured, say exactly how to add one.</summary>
    public static void LogPlatformHints(WebApplication app)
    {
        var slack = app.Services.GetRequiredService<SlackConnectionState>().Enabled;
        var discord = app.Services.GetRequiredService<DiscordConnectionState>().Enabled;
        if (!slack && !discord)
        {
            var urls = string.Join(", ", app.Urls);
            LogNoPlatform(app.Logger, urls);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message =
        "No chat platform is configured: practice in the web playground at {Urls} or with `MockInterviewBot practice` in a terminal. " +
        "To add Slack set Slack__BotToken (xoxb-…) and Slack__AppToken (xapp-…, Socket Mode), or Slack__Mode=Http with " +
        "Slack__SigningSecret; to add Discord set Discord__Token. See README.md.")]
    private static partial void LogNoPlatform(ILogger logger, string urls);

    private sealed class StorageReadiness(StorageHealth health) : IReadinessCheck
    {
        public string Name => "database";

        public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
        {
            var result = await health.CheckAsync(cancellationToken);
            return result.Ready ? ReadinessResult.Up(health.Provider.ToString().ToLowerInvariant()) : ReadinessResult.Down(result.Reason ?? "unavailable");
        }
    }

    private sealed class SlackReadiness(SlackConnectionState state) : IReadinessCheck
    {
        public string Name => "slack";

        public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(
            !state.Enabled ? ReadinessResult.Up("not configured")
            : state.IsReady ? ReadinessResult.Up(state.Detail)
            : ReadinessResult.Down(state.Detail));
    }

    private sealed class DiscordReadiness(DiscordConnectionState state) : IReadinessCheck
    {
        public string Name => "discord";

        public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(
            !state.Enabled ? ReadinessResult.Up("not configured")
            : state.IsReady ? ReadinessResult.Up($"connected (reconnects: {state.ReconnectCount})")
            : ReadinessResult.Down(state.FailureReason ?? $"gateway {state.Status.ToString().ToLowerInvariant()}"));
    }
}
