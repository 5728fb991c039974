using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Web.Tests.Infrastructure;

/// <summary>
/// A host on 127.0.0.1 with an ephemeral port, registering what the real host registers before AddWebPlayground
/// (clock, catalog, scorer, options, in-memory store, real engine), then AddWebPlayground and MapWebPlayground.
/// </summary>
public sealed class WebTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebTestHost(WebApplication app, ManualTimeProvider time)
    {
        _app = app;
        Time = time;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public ManualTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public InMemoryStore Store => _app.Services.GetRequiredService<InMemoryStore>();

    public static async Task<WebTestHost> StartAsync(
        string? adminToken = null,
        InterviewOptions? options = null,
        bool registerLoadResult = true,
        Action<IServiceCollection>? configure = null,
        ManualTimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Admin:Token"] = adminToken ?? "" });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);

        var clock = time ?? new ManualTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var services = builder.Services;
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(RealContent.Catalog);
        services.AddSingleton(RealContent.Scorer);
        services.AddSingleton(options ?? new InterviewOptions());
        services.AddSingleton<InMemoryStore>();
        services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<InMemoryStore>());
        services.AddSingleton<IThreadTopicStore>(sp => sp.GetRequiredService<InMemoryStore>());
        services.AddSingleton<IUserSettingsStore>(sp => sp.GetRequiredService<InMemoryStore>());
        services.AddSingleton<IUserDataEraser>(sp => sp.GetRequiredService<InMemoryStore>());
        services.AddSingleton<IInterviewEngine>(sp => new InterviewEngine(
            sp.GetRequiredService<IScenarioCatalog>(),
            sp.GetRequiredService<IAnswerScorer>(),
            sp.GetRequiredService<ISessionStore>(),
            sp.GetRequiredService<IThreadTopicStore>(),
            sp.GetRequiredService<IUserSettingsStore>(),
            sp.GetRequiredService<IUserDataEraser>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<InterviewOptions>(),
            sp.GetRequiredService<ILogger<InterviewEngine>>()));
        if (registerLoadResult)
        {
            services.AddSingleton<ScenarioLoadResult>(RealContent.LoadResult);
        }

        configure?.Invoke(services);
        services.AddWebPlayground(builder.Configuration);

        var app = builder.Build();
        app.MapWebPlayground();
        await app.StartAsync();
        return new WebTestHost(app, clock);
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Json)> PostAsync(string path, object body)
    {
        var response = await Client.PostAsJsonAsync(path, body);
        return (response, await ReadJsonAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Json)> PostRawAsync(string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(path, content);
        return (response, await ReadJsonAsync(response));
    }

    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 || (text[0] != '{' && text[0] != '[') ? null : JsonNode.Parse(text);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
