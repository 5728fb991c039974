using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Pairing;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Groups.Tests.Pairing;

public sealed class PairCommandTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemoryStore _sessions = new();
    private readonly InMemoryPairingStore _pairs = new();
    private readonly InMemoryOutboundMessenger _dms = new(Platforms.Slack);
    private readonly ManualTimeProvider _clock = new(Start);
    private readonly PairCommand _command;

    public PairCommandTests()
    {
        var catalog = new ScenarioCatalog(
        [
            new ScenarioBuilder().Id("amazon-own-1").Competencies("ownership").Question("Tell me about a time you fixed something outside your team.").Build(),
            new ScenarioBuilder().Id("amazon-own-2").Competencies("ownership").Question("Tell me about a time you took on a problem nobody owned.").Build(),
            new ScenarioBuilder().Id("amazon-dive-1").Competencies("dive-deep").Build(),
        ]);
        _command = new PairCommand(_pairs, _sessions, catalog, new OutboundMessengers([_dms]), _clock, Options.Create(new PairingOptions()), NullLogger<PairCommand>.Instance);
    }

    private Task<Core.Interviews.EngineResponse> RunAsync(string user, string args, bool direct = false) =>
        _command.HandleAsync(Seed.Command(user, "pair " + args, direct), args, default);

    [Fact]
    public async Task Pair_FourOptedIn_DmsEachInterviewerTheQuestionRubricAndRatingButtons()
    {
        foreach (var user in new[] { "UA", "UB", "UC", "UD" })
        {
            await RunAsync(user, "optin");
        }

        await RunAsync("UNOPT", "optout");
        var response = await RunAsync("UA", "");

        var summary = Assert.Single(response.Replies);
        Assert.Equal(ReplyVisibility.Conversation, summary.Visibility);
        Assert.Equal(["UA", "UB", "UC", "UD"], Mentions.UserIdsIn(Seed.Render(summary)).Order(StringComparer.Ordinal));
        Assert.Equal(4, _dms.Records.Count);
        Assert.All(_dms.Records, r => Assert.Equal(OutboundKind.Direct, r.Kind));
        Assert.Equal(["UA", "UB", "UC", "UD"], _dms.Records.Select(r => r.User!.Value.UserId).Order(StringComparer.Ordinal));
        var briefing = Seed.Render(_dms.Records[0].Reply);
        Assert.Contains("What a strong answer shows", briefing, StringComparison.Ordinal);
        Assert.Contains("Follow-up probes", briefing, StringComparison.Ordinal);
        var buttons = _dms.Records[0].Reply.Blocks.OfType<ActionsBlock>().Single().Buttons;
        Assert.Equal(4, buttons.Count);
        Assert.All(buttons, b => Assert.Equal(PairBriefing.RateAction, b.ActionId));
        Assert.DoesNotContain(_dms.Records, r => r.User!.Value.UserId == "UNOPT");
    }

    [Fact]
    public async Task Pair_NextRounds_AvoidRepeatsAndRespectTheMinimumInterval()
    {
        foreach (var user in new[] { "UA", "UB", "UC", "UD" })
        {
            await RunAsync(user, "optin");
        }

        await RunAsync("UA", "");
        var tooSoon = await RunAsync("UB", "");
        Assert.Contains("next round can start after", Seed.Text(tooSoon), StringComparison.Ordinal);

        var met = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 3; round++)
        {
            if (round > 0)
            {
                _clock.Advance(TimeSpan.FromDays(7));
                await RunAsync("UA", "");
            }

            var latest = (await _pairs.ListRoundsAsync(new ThreadRef(Platforms.Slack, Seed.Team, Seed.Channel, null), 1, default))[0];
            foreach (var group in latest.Assignments.GroupBy(a => a.Group))
            {
                var key = string.Join("-", group.Select(a => a.Interviewer).Order(StringComparer.Ordinal));
                Assert.True(met.Add(key), $"pair {key} repeated in round {round + 1}");
            }
        }
    }

    [Fact]
    public async Task Pair_SnoozedAndOptedOutMembers_AreLeftOut()
    {
        foreach (var user in new[] { "UA", "UB", "UC" })
        {
            await RunAsync(user, "optin");
        }

        var snoozed = await RunAsync("UC", "snooze 7d");
        Assert.Contains("Snoozed", Seed.Text(snoozed), StringComparison.Ordinal);

        await RunAsync("UA", "");

        Assert.Equal(["UA", "UB"], _dms.Records.Select(r => r.User!.Value.UserId).Order(StringComparer.Ordinal));
        var bad = await RunAsync("UC", "snooze forever");
        Assert.Contains("pair snooze 7d", Seed.Text(bad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_ByTheInterviewer_StoresPeerVerdictBesideTheBotsAndTellsTheCandidate()
    {
        await RunAsync("UA", "optin");
        await RunAsync("UB", "optin");
        await RunAsync("UA", "");
        var briefing = _dms.Records.Single(r => r.User!.Value.UserId == "UA").Reply;
        var hire = briefing.Blocks.OfType<ActionsBlock>().Single().Buttons.Single(b => b.Label == "Hire");
        var round = (await _pairs.ListRoundsAsync(new ThreadRef(Platforms.Slack, Seed.Team, Seed.Channel, null), 1, default))[0];
        var scenario = round.Assignments.Single(a => a.Interviewer == "UA").ScenarioId;
        await Seed.PractiseAsync(_sessions, "UB", Start, 45, scenario, Verdict.LeaningNoHire);
        var before = _dms.Records.Count;

        var stranger = await _command.HandleAsync(Seed.Action("UC", hire.ActionId, hire.Value!, "DUC"), hire.Value!, default);
        var saved = await _command.HandleAsync(Seed.Action("UA", hire.ActionId, hire.Value!, "DUA"), hire.Value!, default);

        Assert.Contains("Only the person who interviewed them", Seed.Text(stranger), StringComparison.Ordinal);
        Assert.Contains("Saved", Seed.Text(saved), StringComparison.Ordinal);
        var rating = Assert.Single(await _pairs.ListRatingsForAsync(Seed.User("UB"), default));
        Assert.Equal(Verdict.Hire, rating.PeerVerdict);
        Assert.Equal(Verdict.LeaningNoHire, rating.BotVerdict);
        Assert.Equal(45, rating.BotOverall);
        var note = Assert.Single(_dms.Records.Skip(before));
        Assert.Equal("UB", note.User!.Value.UserId);
        Assert.Contains("Hire", Seed.Render(note.Reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pair_InADm_ExplainsToUseTheChannel()
    {
        var response = await RunAsync("UA", "optin", direct: true);

        Assert.Contains("channel", Seed.Text(response), StringComparison.Ordinal);
        Assert.Empty(await _pairs.ListMembersAsync(new ThreadRef(Platforms.Slack, Seed.Team, "DUA", null), default));
    }

    [Fact]
    public async Task Pair_OddNumberWithTrios_TellsTheChannelAboutTheTrio()
    {
        foreach (var user in new[] { "UA", "UB", "UC" })
        {
            await RunAsync(user, "optin");
        }

        var response = await RunAsync("UA", "");

        Assert.Contains("(trio)", Seed.Text(response), StringComparison.Ordinal);
        Assert.Equal(3, _dms.Records.Count);
    }
}
