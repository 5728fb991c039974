using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Web.Admin;
using MockInterviewBot.Web.Playground;
using MockInterviewBot.Web.Tests.Infrastructure;
using Moq;

namespace MockInterviewBot.Web.Tests;

public sealed class GateAndAuthTests
{
    /// <summary>An engine that holds every turn until the test releases it, recording how many run at once per user.</summary>
    private sealed class HoldingEngine
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, int> _running = [];

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<int> Entered { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Entries { get; private set; }

        public int MaxPerUser { get; private set; }

        public async Task<EngineResponse> HandleAsync(InboundEvent inbound)
        {
            lock (_lock)
            {
                _running[inbound.Key.User] = _running.GetValueOrDefault(inbound.Key.User) + 1;
                MaxPerUser = Math.Max(MaxPerUser, _running[inbound.Key.User]);
                Entries++;
                Entered.TrySetResult(Entries);
            }

            await Release.Task;
            lock (_lock)
            {
                _running[inbound.Key.User]--;
            }

            return new EngineResponse([]);
        }
    }

    private static async Task<(WebTestHost Host, HoldingEngine Engine)> HoldingHostAsync()
    {
        var holding = new HoldingEngine();
        var engine = new Mock<IInterviewEngine>();
        engine.Setup(e => e.HandleAsync(It.IsAny<InboundEvent>(), It.IsAny<CancellationToken>()))
            .Returns((InboundEvent inbound, CancellationToken _) => holding.HandleAsync(inbound));
        var host = await WebTestHost.StartAsync(configure: s => s.AddSingleton(engine.Object));
        return (host, holding);
    }

    [Fact]
    public async Task Turns_SameBrowser_RunOneAtATime()
    {
        var (host, engine) = await HoldingHostAsync();
        await using (host)
        {
            var first = host.PostAsync("/api/playground/turn", new { user = "browser-same-01", text = "one" });
            await engine.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
            engine.Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            var second = host.PostAsync("/api/playground/turn", new { user = "browser-same-01", text = "two" });
            var gate = host.Services.GetRequiredService<PlaygroundService>().Gate;

            // The second turn is parked at the gate, not in the engine.
            Assert.False(engine.Entered.Task.IsCompleted);
            engine.Release.SetResult();
            var results = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

            Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
            Assert.Equal(2, engine.Entries);
            Assert.Equal(1, engine.MaxPerUser);
            Assert.Equal(0, gate.Count);
        }
    }

    [Fact]
    public async Task Turns_DifferentBrowsers_RunInParallel()
    {
        var (host, engine) = await HoldingHostAsync();
        await using (host)
        {
            var first = host.PostAsync("/api/playground/turn", new { user = "browser-aaa-01", text = "one" });
            await engine.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
            engine.Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            var second = host.PostAsync("/api/playground/turn", new { user = "browser-bbb-02", text = "two" });

            Assert.Equal(2, await engine.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10)));
            engine.Release.SetResult();
            await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task Turn_StoreUnavailable_Returns503ProblemAndReleasesTheGate()
    {
        var engine = new Mock<IInterviewEngine>();
        engine.Setup(e => e.HandleAsync(It.IsAny<InboundEvent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MockInterviewBot.Core.Storage.StoreUnavailableException("database down"));
        await using var host = await WebTestHost.StartAsync(configure: s => s.AddSingleton(engine.Object));

        var (response, json) = await host.PostAsync("/api/playground/turn", new { user = "browser-down-01", text = "hello" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Storage unavailable", json!["title"]!.GetValue<string>());
        Assert.DoesNotContain("database down", json.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Services.GetRequiredService<PlaygroundService>().Gate.Count);
    }

    [Fact]
    public async Task KeyedGate_CancelledWaiter_LeavesNoEntryBehind()
    {
        var gate = new KeyedGate();
        var held = await gate.EnterAsync("k", CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var waiting = gate.EnterAsync("k", cts.Token);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, gate.Count);
        held.Dispose();
        held.Dispose();
        Assert.Equal(0, gate.Count);
    }

    [Theory]
    [InlineData("secret-token", "secret-token", true)]
    [InlineData("secret-token", "secret-tokeN", false)]
    [InlineData("secret-token", "secret-token ", false)]
    [InlineData("", "", false)]
    [InlineData("anything", "", false)]
    public void AdminAuth_Matches_ComparesExactly(string presented, string expected, bool result)
    {
        Assert.Equal(result, AdminAuth.Matches(presented, expected));
    }

    [Fact]
    public void RecentErrorLog_KeepsTheLastFiftyNewestFirstAndClipsLongMessages()
    {
        var log = new RecentErrorLog(TimeProvider.System);
        for (var i = 0; i < 60; i++)
        {
            log.Add("Error", "c", "message " + i);
        }

        log.Add("Warning", "c", new string('x', 2000));
        var entries = log.Snapshot();

        Assert.Equal(RecentErrorLog.Capacity, entries.Count);
        Assert.Equal(RecentErrorLog.MaxMessageChars + 1, entries[0].Message.Length);
        Assert.Equal("message 59", entries[1].Message);
    }
}
