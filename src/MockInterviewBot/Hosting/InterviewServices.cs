using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Hosting;

/// <summary>Registers what every way of running the bot shares: content, scoring, stores, the engine and the inbound queue.</summary>
internal static class InterviewServices
{
    private static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromMinutes(10);

    private static TimeSpan RawShutdownTimeout(IConfiguration configuration)
    {
        var raw = configuration[$"{HostShutdownOptions.SectionName}:{nameof(HostShutdownOptions.ShutdownTimeout)}"];
        return TimeSpan.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero && value <= MaxShutdownTimeout
            ? value
            : new HostShutdownOptions().ShutdownTimeout;
    }

    public static IServiceCollection AddInterviewCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<InterviewOptions>().Bind(configuration.GetSection(InterviewOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InterviewOptions>, InterviewOptionsValidator>();
        services.AddOptions<HostShutdownOptions>().Bind(configuration.GetSection(HostShutdownOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostShutdownOptions>, HostShutdownOptionsValidator>();
        services.AddOptions<ScoringOptions>().Bind(configuration.GetSection(ScoringOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScoringOptions>, ScoringOptionsValidator>();
        // The host's own stop budget leaves room for the dispatcher's drain (Host:ShutdownTimeout) plus closing sockets.
        // It reads the raw value, not the validated options: the host builds HostOptions before start-up validation runs,
        // and an invalid value must be reported there together with every other invalid setting.
        services.AddOptions<HostOptions>().Configure(host =>
            host.ShutdownTimeout = RawShutdownTimeout(configuration) + TimeSpan.FromSeconds(5));
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();

        services.AddSingleton(sp =>
        {
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return LoadedContent.Load(ContentPaths.Resolve(content.Directory),
                string.IsNullOrWhiteSpace(content.RubricsDirectory) ? null : ContentPaths.Resolve(content.RubricsDirectory));
        });
        services.AddSingleton(sp => sp.GetRequiredService<LoadedContent>().Catalog);
        services.AddSingleton<IAnswerScorer>(sp => new MeteredAnswerScorer(
            new AnswerScorer(sp.GetRequiredService<LoadedContent>().Rubrics, sp.GetRequiredService<IOptions<ScoringOptions>>().Value)));
        services.AddSingleton<IReadinessCheck, ContentReadiness>();
        services.AddHostedService<ContentStartupCheck>();

        services.AddInMemoryStoresIfNoneRegistered();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<InterviewOptions>>().Value);
        services.AddSingleton<IInterviewEngine, InterviewEngine>();
        services.AddSingleton(sp => new InboundDispatcher(sp.GetRequiredService<IInterviewEngine>(), sp.GetRequiredService<ILogger<InboundDispatcher>>()));
        services.AddHostedService<DispatcherService>();
        return services;
    }

    /// <summary>The in-memory store fills every store port nothing else registered (the terminal, tests).</summary>
    public static IServiceCollection AddInMemoryStoresIfNoneRegistered(this IServiceCollection services)
    {
        services.AddSingleton<InMemoryStore>();
        Fill<ISessionStore>(services);
        Fill<IThreadTopicStore>(services);
        Fill<IUserSettingsStore>(services);
        Fill<IProcessedEventStore>(services);
        Fill<IUserDataEraser>(services);
        Fill<ITenantStore>(services);
        Fill<ILeaseStore>(services);
        return services;

        static void Fill<TPort>(IServiceCollection services)
            where TPort : class
        {
            if (!services.Any(d => d.ServiceType == typeof(TPort)))
            {
                services.AddSingleton<TPort>(sp => (TPort)(object)sp.GetRequiredService<InMemoryStore>());
            }
        }
    }

    /// <summary>Loads content while the host starts, so a broken file stops start-up with every error listed.</summary>
    private sealed class ContentStartupCheck(LoadedContent content) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => content.Catalog.All.Count > 0
            ? Task.CompletedTask
            : throw new ContentValidationException([new ContentError(content.Directory, 0, "", "no scenarios found")]);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ContentReadiness(LoadedContent content) : IReadinessCheck
    {
        public string Name => "scenarios";

        public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken) =>
            Task.FromResult(ReadinessResult.Up($"{content.Catalog.All.Count} scenarios loaded"));
    }
}
