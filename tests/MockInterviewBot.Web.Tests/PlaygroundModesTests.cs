using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Web.Playground;
using MockInterviewBot.Web.Tests.Infrastructure;
using Moq;

namespace MockInterviewBot.Web.Tests;

public sealed class PlaygroundModesTests
{
    [Theory]
    [InlineData("practice", "question")]
    [InlineData("mock", "question")]
    [InlineData("drill", "question")]
    [InlineData("learn", "learn")]
    [InlineData("quiz", "quiz")]
    public async Task Start_EveryMode_ReturnsItsFirstReply(string mode, string purpose)
    {
        await using var host = await WebTestHost.StartAsync();

        var (response, json) = await host.PostAsync("/api/playground/start", new { user = "browser-mode-001", mode, framework = "general" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Json.HasPurpose(json, purpose), json!.ToJsonString());
    }

    [Fact]
    public async Task Turn_HintButton_ReturnsAHintReply()
    {
        await using var host = await WebTestHost.StartAsync();
        var (_, start) = await host.PostAsync("/api/playground/start", new { user = "browser-hint-001", mode = "practice" });
        var hint = Json.Blocks(start, "actions").SelectMany(a => a["buttons"]!.AsArray()).Single(b => b!["actionId"]!.GetValue<string>() == "hint")!;

        var (response, json) = await host.PostAsync("/api/playground/turn", new
        {
            user = "browser-hint-001",
            action = new { id = "hint", value = hint["value"]!.GetValue<string>() },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Json.HasPurpose(json, "hint"), json!.ToJsonString());
    }

    [Fact]
    public async Task Turn_SameMessageIdTwice_IsAnsweredOnce()
    {
        await using var host = await WebTestHost.StartAsync();
        await host.PostAsync("/api/playground/start", new { user = "browser-dup-0001", mode = "practice" });

        var (_, first) = await host.PostAsync("/api/playground/turn", new { user = "browser-dup-0001", text = "My answer starts here.", messageId = "msg-00000001" });
        var (_, second) = await host.PostAsync("/api/playground/turn", new { user = "browser-dup-0001", text = "My answer starts here.", messageId = "msg-00000001" });

        Assert.False(first!["duplicate"]!.GetValue<bool>());
        Assert.True(second!["duplicate"]!.GetValue<bool>());
        Assert.Empty(second["replies"]!.AsArray());
    }

    [Fact]
    public async Task Turns_ParallelFromOneBrowser_AreAllRecordedWithoutConflicts()
    {
        await using var host = await WebTestHost.StartAsync();
        await host.PostAsync("/api/playground/start", new { user = "browser-par-0001", mode = "practice" });

        var turns = Enumerable.Range(1, 8)
            .Select(i => host.PostAsync("/api/playground/turn", new { user = "browser-par-0001", text = $"Part {i} of my answer." }))
            .ToArray();
        var results = await Task.WhenAll(turns).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        var session = Assert.Single(await host.Store.ListByUserAsync(new("web", "web", "browser-par-0001"), 10, default));
        Assert.Equal(8, session.Questions[0].Answer.Count);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"Part {i} of my answer.").Order(), session.Questions[0].Answer.Select(a => a.Text).Order());
    }

    [Fact]
    public void AddWebPlayground_InterviewOptionsOnlyAsIOptions_UsesThem()
    {
        var services = new ServiceCollection();
        var store = new InMemoryStore();
        services.AddSingleton<ISessionStore>(store);
        services.AddSingleton(Mock.Of<IInterviewEngine>());
        services.AddSingleton(RealContent.Catalog);
        services.AddSingleton<IOptions<InterviewOptions>>(Options.Create(new InterviewOptions { MaxMessageChars = 1234 }));
        services.AddWebPlayground(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        Assert.Equal(1234, provider.GetRequiredService<PlaygroundService>().Options.MaxMessageChars);
    }
}
