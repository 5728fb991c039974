using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Outbound;
using MockInterviewBot.Slack.Transport;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>
/// The app under test, built the way the host builds it: stores, engine, <see cref="InboundDispatcher"/> run by a
/// hosted service, then AddSlackAdapter + MapSlackEndpoints, on Kestrel at 127.0.0.1:0.
/// </summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "fakeSigningSecret0000000000000000";

    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private SlackTestHost(WebApplication app)
    {
        _app = app;
        BaseAddress = new Uri(app.Urls.First());
        _http = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public InMemoryStore Store => Services.GetRequiredService<InMemoryStore>();

    public InboundDispatcher Dispatcher => Services.GetRequiredService<InboundDispatcher>();

    public SlackConnectionState State => Services.GetRequiredService<SlackConnectionState>();

    public HttpClient Http => _http;

    public static async Task<SlackTestHost> StartAsync(
        FakeSlackServer slack,
        Action<Dictionary<string, string?>>? configure = null,
        Func<IServiceProvider, IInterviewEngine>? engine = null,
        TimeProvider? time = null,
        int dispatcherCapacity = 1024,
        Action<IServiceCollection>? services = null,
        bool waitReady = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Http",
            ["Slack:BotToken"] = "xoxb-fake-not-a-real-token",
            ["Slack:AppToken"] = "xapp-fake-not-a-real-token",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:FeedbackVisibility"] = "Thread",
            ["Slack:RequestTimeout"] = "02:00:00",
        };
        configure?.Invoke(settings);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1));
        var store = new InMemoryStore();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<ISessionStore>(store);
        builder.Services.AddSingleton<IThreadTopicStore>(store);
        builder.Services.AddSingleton<IUserSettingsStore>(store);
        builder.Services.AddSingleton<IProcessedEventStore>(store);
        builder.Services.AddSingleton<ITenantStore>(store);
        builder.Services.AddSingleton(time ?? new ScaledTimeProvider(scale: 50));
        if (engine is null)
        {
            builder.Services.AddSingleton<ScriptedEngine>();
            builder.Services.AddSingleton<IInterviewEngine>(sp => sp.GetRequiredService<ScriptedEngine>());
        }
        else
        {
            builder.Services.AddSingleton(engine);
        }

        builder.Services.AddSingleton(sp => new InboundDispatcher(sp.GetRequiredService<IInterviewEngine>(), sp.GetRequiredService<ILogger<InboundDispatcher>>(), 4, dispatcherCapacity));
        builder.Services.AddHostedService<DispatcherService>();
        builder.Services.AddSlackAdapter(builder.Configuration);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        var host = new SlackTestHost(app);
        if (waitReady)
        {
            await host.State.WhenReady.WaitAsync(TimeSpan.FromSeconds(10));
        }

        return host;
    }

    public ScriptedEngine Engine => Services.GetRequiredService<ScriptedEngine>();

    /// <summary>Completes after <paramref name="count"/> more events went through the engine and their replies were delivered.</summary>
    public Task WaitForProcessedAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        void Handler(InboundEvent _)
        {
            if (Interlocked.Increment(ref seen) >= count)
            {
                done.TrySetResult();
            }
        }

        Dispatcher.Processed += Handler;
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(t => { Dispatcher.Processed -= Handler; return t; }, TaskScheduler.Default).Unwrap();
    }

    public static string Sign(string body, long timestamp, string secret = SigningSecret) =>
        new SlackRequestVerifier(secret, TimeProvider.System).Sign(Encoding.UTF8.GetBytes(body), timestamp.ToString(CultureInfo.InvariantCulture));

    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, long? timestamp = null, string secret = SigningSecret, int retryNum = 0, string? signature = null)
    {
        var ts = timestamp ?? Services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", signature ?? Sign(body, ts, secret));
        if (retryNum > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, int retryNum = 0) => PostSignedAsync("/slack/events", json, "application/json", retryNum: retryNum);

    public Task<HttpResponseMessage> PostCommandAsync(string form) => PostSignedAsync("/slack/commands", form, "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(string payloadJson) =>
        PostSignedAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class DispatcherService(InboundDispatcher dispatcher) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);

        public override Task StopAsync(CancellationToken cancellationToken)
        {
            dispatcher.Complete();
            return base.StopAsync(cancellationToken);
        }
    }
}
