using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Web;

namespace MockInterviewBot.Hosting;

/// <summary>The long-running bot: platforms, the inbound queue, health endpoints and the web front.</summary>
internal static partial class BotHost
{
    /// <summary>Builds the web application. <paramref name="configure"/> lets tests override configuration or services.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json is copied next to the binary from the repository root.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddSecretFiles();
        builder.Services.AddInterviewCore(builder.Configuration);
        builder.Services.AddPlatforms(builder.Configuration);
        builder.Services.AddSingleton<PrometheusMetrics>();
        builder.Services.AddWebPlayground(builder.Configuration);
        configure?.Invoke(builder);

        var validated = StartupOptionsCheck.ValidatedTypes(builder.Services);
        var app = builder.Build();
        // Check every section before anything resolves its options, so one start names every invalid setting.
        StartupOptionsCheck.Run(app.Services, validated);
        // Listen from the start, so /metrics counts everything since the process began.
        _ = app.Services.GetRequiredService<PrometheusMetrics>();
        var dispatcher = app.Services.GetRequiredService<InboundDispatcher>();
        BotMetrics.ObserveQueueDepth(() => dispatcher.Depth);
        app.MapHealthEndpoints();
        app.MapPlatformEndpoints();
        app.MapWebPlayground();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception ex) when (StartupErrors.IsConfigurationError(ex))
        {
            await Console.Error.WriteLineAsync(StartupErrors.Describe(ex));
            return 1;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync();
            }
            catch (Exception ex) when (StartupErrors.IsConfigurationError(ex))
            {
                await Console.Error.WriteLineAsync(StartupErrors.Describe(ex));
                return 1;
            }

            var urls = string.Join(", ", app.Urls);
            LogStarted(app.Logger, urls);
            PlatformRegistration.LogPlatformHints(app);
            await app.WaitForShutdownAsync();
        }

        return 0;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MockInterviewBot is listening on {Urls}")]
    private static partial void LogStarted(ILogger logger, string urls);
}
