namespace MockInterviewBot.Hosting;

/// <summary>Plugs the platform adapters in. Each adapter enables itself only when its credentials are configured.</summary>
internal static partial class PlatformRegistration
{
    public static IServiceCollection AddPlatforms(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }

    /// <summary>With no platform configured, say exactly how to add one.</summary>
    public static void LogPlatformHints(WebApplication app)
    {
        var slack = !string.IsNullOrWhiteSpace(app.Configuration["Slack:BotToken"]);
        var discord = !string.IsNullOrWhiteSpace(app.Configuration["Discord:Token"]);
        if (!slack && !discord)
        {
            LogNoPlatform(app.Logger);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message =
        "No chat platform is configured; the web playground is the way in. To add Slack set Slack__BotToken (xoxb-…) and Slack__AppToken (xapp-…, Socket Mode) " +
        "or Slack__Mode=Http with Slack__SigningSecret; to add Discord set Discord__Token. See README.md.")]
    private static partial void LogNoPlatform(ILogger logger);
}
