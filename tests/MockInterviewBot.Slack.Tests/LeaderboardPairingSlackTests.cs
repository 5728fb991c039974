using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups;
using MockInterviewBot.Groups.Pairing;
using MockInterviewBot.Scoring;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

/// <summary>Leaderboard and peer pairing through the fake Slack with the real engine and question bank.</summary>
public sealed class LeaderboardPairingSlackTests : IAsyncLifetime
{
    private const string Carol = "U0FAKEUSR03";

    private const string Answer =
        "Situation: our checkout service double-charged customers during a retry storm. Task: nobody owned the payment client, so I took it on. " +
        "Action: I pulled the logs, traced the retries to a missing idempotency key, wrote the fix and tested it against a replay of the traffic. " +
        "Result: duplicate charges went from 40 a day to zero. I learned to add idempotency checks to every client I own.";

    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, engine: RealEngine.Factory(), services: s =>
        {
            s.AddSingleton(RealEngine.Scenarios);
            s.TryAddSingleton(sp => new OutboundMessengers(sp.GetServices<IOutboundMessenger>()));
            s.AddLeaderboardAndPairing(new ConfigurationBuilder().Build());
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private async Task SendAsync(Func<Task<HttpResponseMessage>> post)
    {
        var done = _host.WaitForProcessedAsync(1);
        (await post()).EnsureSuccessStatusCode();
        await done;
    }

    private async Task PractiseInDmAsync(string user)
    {
        var dm = "D0DM" + user[^3..];
        await SendAsync(() => _host.PostEventAsync(Payloads.Message(user, "start practice amazon", dm, channelType: "im")));
        await SendAsync(() => _host.PostEventAsync(Payloads.Message(user, Answer, dm, channelType: "im")));
        await SendAsync(() => _host.PostEventAsync(Payloads.Message(user, "done", dm, channelType: "im")));
    }

    [Fact]
    public async Task Leaderboard_InChannel_MentionsOnlyOptedInPractisersAndOpensNoThread()
    {
        await PractiseInDmAsync(Payloads.Alice);
        await PractiseInDmAsync(Payloads.Bob);
        await SendAsync(() => _host.PostCommandAsync(Payloads.Command("leaderboard optout", user: Payloads.Bob)));
        var before = _slack.Calls.Count;

        await SendAsync(() => _host.PostCommandAsync(Payloads.Command("leaderboard", user: Carol)));

        var board = Assert.Single(_slack.Calls.Skip(before), c => c.Method is "chat.postMessage" or "chat.postEphemeral");
        Assert.Equal("chat.postMessage", board.Method);
        Assert.Equal(Payloads.Channel, board.Channel);
        Assert.Null(board.ThreadTs);
        Assert.Contains($"<@{Payloads.Alice}>", board.BlocksJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Payloads.Bob, board.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Carol, board.RawBody, StringComparison.Ordinal);
        Assert.Matches("<@U0FAKEUSR0[0-9]>", board.BlocksJson);
        Assert.Equal([$"<@{Payloads.Alice}>"], System.Text.RegularExpressions.Regex.Matches(board.BlocksJson, "<@[A-Z0-9]+>").Select(m => m.Value).Distinct());
        Assert.Empty(_slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Pair_OptInThenPair_DmsRubricAndRatingIsStoredBesideTheBotsVerdict()
    {
        await SendAsync(() => _host.PostCommandAsync(Payloads.Command("pair optin", user: Payloads.Alice)));
        await SendAsync(() => _host.PostCommandAsync(Payloads.Command("pair optin", user: Payloads.Bob)));
        var before = _slack.Calls.Count;

        await SendAsync(() => _host.PostCommandAsync(Payloads.Command("pair amazon", user: Payloads.Alice)));
        await _slack.WaitForAsync(calls => calls.Skip(before).Count(c => c.Method == "chat.postMessage") >= 3);

        var posts = _slack.Calls.Skip(before).Where(c => c.Method == "chat.postMessage").ToArray();
        var summary = Assert.Single(posts, p => p.Channel == Payloads.Channel);
        Assert.Contains($"<@{Payloads.Alice}>", summary.BlocksJson, StringComparison.Ordinal);
        Assert.Contains($"<@{Payloads.Bob}>", summary.BlocksJson, StringComparison.Ordinal);
        Assert.Equal(2, _slack.Calls.Skip(before).Count(c => c.Method == "conversations.open"));
        var briefings = posts.Where(p => p.Channel!.StartsWith('D')).ToArray();
        Assert.Equal(2, briefings.Length);
        Assert.All(briefings, b => Assert.Contains("What a strong answer shows", b.BlocksJson, StringComparison.Ordinal));

        var bobsDm = "D0FAKEDM" + Payloads.Bob[^3..];
        var bobsBriefing = briefings.Single(b => b.Channel == bobsDm);
        var hire = bobsBriefing.Json!["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).First(e => e!["text"]!["text"]!.GetValue<string>() == "Hire");
        var value = hire!["value"]!.GetValue<string>();
        var rateBefore = _slack.Calls.Count;
        await SendAsync(() => _host.PostInteractionAsync(Payloads.BlockAction(Payloads.Bob, hire["action_id"]!.GetValue<string>(), value, channel: bobsDm)));
        await _slack.WaitForAsync(calls => calls.Skip(rateBefore).Count(c => c.Method == "chat.postMessage") >= 2);

        var store = _host.Services.GetRequiredService<IPairingStore>();
        var rating = Assert.Single(await store.ListRatingsForAsync(new UserRef(Platforms.Slack, Payloads.Team, Payloads.Alice), default));
        Assert.Equal(Verdict.Hire, rating.PeerVerdict);
        Assert.Equal(Payloads.Bob, rating.Interviewer);
        var aliceNote = _slack.Calls.Skip(rateBefore).Single(c => c.Method == "chat.postMessage" && c.Channel == "D0FAKEDM" + Payloads.Alice[^3..]);
        Assert.Contains("rated your peer-interview answer", aliceNote.BlocksJson, StringComparison.Ordinal);
    }
}
