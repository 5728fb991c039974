using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Gateway;
using MockInterviewBot.Discord.Handling;

namespace MockInterviewBot.Discord.Tests.Fakes;

/// <summary>A host like the real one: engine, dispatcher and stores registered, plus AddDiscordAdapter pointed at the fake.</summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DiscordTestHost(IHost host, CapturingLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturingLoggerProvider Logs { get; }
    public IServiceProvider Services => _host.Services;
    public DiscordConnectionState State => Services.GetRequiredService<DiscordConnectionState>();
    public GatewayClient Gateway => Services.GetRequiredService<GatewayClient>();
    public DiscordEventHandler Handler => Services.GetRequiredService<DiscordEventHandler>();
    public InboundDispatcher Dispatcher => Services.GetRequiredService<InboundDispatcher>();

    public static async Task<DiscordTestHost> StartAsync(
        FakeDiscord fake,
        IInterviewEngine engine,
        TimeProvider time,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        double jitter = 0.5)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBase,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        var store = new InMemoryStore();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<ISessionStore>(store);
        builder.Services.AddSingleton<IProcessedEventStore>(store);
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton(sp => new InboundDispatcher(sp.GetRequiredService<IInterviewEngine>(), sp.GetRequiredService<ILogger<InboundDispatcher>>()));
        builder.Services.AddHostedService<DispatcherRunner>();
        builder.Services.AddSingleton(new GatewayJitter(() => jitter));
        configure?.Invoke(builder.Services);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new DiscordTestHost(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }

    private sealed class DispatcherRunner(InboundDispatcher dispatcher) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);
    }
}
