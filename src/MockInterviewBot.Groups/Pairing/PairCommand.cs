using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Groups.Pairing;

/// <summary>
/// Peer pairing in a channel: <c>pair [framework] [competency]</c> pairs the members who opted in (avoiding repeats),
/// DMs each interviewer the partner's question with the rubric and rating buttons; <c>pair optin</c>,
/// <c>pair optout</c>, <c>pair snooze 7d</c>, <c>pair status</c>. Ratings are stored beside the bot's verdict.
/// </summary>
public sealed partial class PairCommand(
    IPairingStore store,
    ISessionStore sessions,
    IScenarioCatalog catalog,
    OutboundMessengers messengers,
    TimeProvider time,
    IOptions<PairingOptions> options,
    ILogger<PairCommand> logger) : IChatCommand
{
    public IReadOnlyList<string> Names { get; } = ["pair"];

    public IReadOnlyList<string> ActionPrefixes { get; } = [PairBriefing.RateAction];

    public IReadOnlyList<string> HelpLines { get; } =
    [
        "`pair optin` / `pair optout` / `pair snooze 7d` (in a channel): join or leave peer pairing there, or pause it",
        "`pair [framework] [competency]` (in a channel): pair everyone who opted in; each gets a DM with the question for their partner",
    ];

    public async Task<EngineResponse> HandleAsync(InboundEvent inbound, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.Kind == InboundKind.Action)
        {
            return await RateAsync(inbound, arguments, cancellationToken);
        }

        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = words.Length == 0 ? "" : words[0].ToLowerInvariant();
        var channel = new ThreadRef(inbound.Key.Platform, inbound.Key.Tenant, inbound.Key.Channel, null);
        if (inbound.IsDirect)
        {
            return Private("Pairing happens in a study group's channel: run `/mock pair optin` there to join, and `/mock pair` to make pairs.");
        }

        var now = time.GetUtcNow();
        var me = await store.GetMemberAsync(channel, inbound.Key.User, cancellationToken);
        switch (verb)
        {
            case "optin" or "opt-in" or "join":
                await store.SaveMemberAsync(new PairMember(channel, inbound.Key.User, true, null, now), cancellationToken);
                return Private("You're in: the next `/mock pair` in this channel can pair you. `pair snooze 7d` pauses, `pair optout` leaves.");
            case "optout" or "opt-out" or "leave":
                await store.SaveMemberAsync(new PairMember(channel, inbound.Key.User, false, null, now), cancellationToken);
                return Private("You're out of peer pairing in this channel. `pair optin` brings you back.");
            case "snooze":
                return await SnoozeAsync(channel, inbound.Key.User, words.Skip(1).ToArray(), now, cancellationToken);
            case "status":
                var members = await store.ListMembersAsync(channel, cancellationToken);
                var state = me is null || !me.OptedIn ? "not opted in"
                    : me.SnoozedUntil is { } until && until > now ? $"snoozed until {until:yyyy-MM-dd HH:mm} UTC"
                    : "opted in";
                return Private(string.Create(CultureInfo.InvariantCulture, $"You are {state} here. {members.Count(m => m.IsAvailable(now))} people are available for the next round."));
            default:
                return await PairAsync(inbound, channel, words, now, cancellationToken);
        }
    }

    private async Task<EngineResponse> SnoozeAsync(ThreadRef channel, string userId, string[] args, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxSnoozeDays;
        if (args.Length != 1 || DurationPattern().Match(args[0]) is not { Success: true } match
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1)
        {
            return Private("Use `pair snooze 7d` (days) or `pair snooze 2w` (weeks).");
        }

        var days = match.Groups[2].Value.Equals("w", StringComparison.OrdinalIgnoreCase) ? amount * 7 : amount;
        if (days > max)
        {
            return Private(string.Create(CultureInfo.InvariantCulture, $"The longest snooze is {max} days; `pair optout` leaves for good."));
        }

        var until = now.AddDays(days);
        await store.SaveMemberAsync(new PairMember(channel, userId, true, until, now), cancellationToken);
        return Private(string.Create(CultureInfo.InvariantCulture, $"Snoozed: no pairing for you here until {until:yyyy-MM-dd HH:mm} UTC."));
    }

    private async Task<EngineResponse> PairAsync(InboundEvent inbound, ThreadRef channel, string[] words, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filters = StartArgsParser.Parse(words, id => catalog.Find(id) is not null);
        if (filters.Unknown.Count > 0)
        {
            return Private($"I don't know {string.Join(", ", filters.Unknown.Select(u => $"`{u}`"))}. Use `pair [framework] [competency]`, `pair optin`, `pair optout`, `pair snooze 7d` or `pair status`.");
        }

        var opts = options.Value;
        var history = await store.ListRoundsAsync(channel, Math.Max(1, opts.HistoryRounds), cancellationToken);
        if (history.Count > 0 && now - history[0].CreatedAt < opts.MinInterval)
        {
            var next = history[0].CreatedAt + opts.MinInterval;
            return Private(string.Create(CultureInfo.InvariantCulture, $"This channel was paired at {history[0].CreatedAt:HH:mm} UTC; the next round can start after {next:yyyy-MM-dd HH:mm} UTC."));
        }

        var messenger = messengers.For(inbound.Key.Platform);
        if (messenger is null)
        {
            return Private("I can't send direct messages on this platform, so I can't hand out pairing questions here.");
        }

        var available = (await store.ListMembersAsync(channel, cancellationToken)).Where(m => m.IsAvailable(now)).Select(m => m.UserId).ToArray();
        if (available.Length < 2)
        {
            return Conversation(string.Create(CultureInfo.InvariantCulture,
                $"Pairing needs at least two people who opted in here; {available.Length} {(available.Length == 1 ? "has" : "have")}. Join with `/mock pair optin`."));
        }

        var plan = PairingPlanner.Plan(available, history, opts.OddOneOut, now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + channel.Channel);
        var roundId = Guid.NewGuid().ToString("N")[..16];
        var assignments = new List<PairAssignment>();
        var request = ResolvedStart.From(filters.Request, new UserSettings(), new InterviewOptions());
        var picker = new ScenarioPicker(catalog);
        for (var g = 0; g < plan.Groups.Count; g++)
        {
            var group = plan.Groups[g];
            var taken = new List<string>();
            for (var i = 0; i < group.Count; i++)
            {
                var candidate = group[(i + 1) % group.Count];
                var past = await sessions.ListByUserAsync(new UserRef(channel.Platform, channel.Tenant, candidate), 50, cancellationToken);
                var pick = picker.Pick(request, taken, ScenarioPicker.LastUsed(past));
                if (pick is null)
                {
                    return Private("The question bank is empty, so there is nothing to hand out.");
                }

                taken.Add(pick.Scenario.Id);
                assignments.Add(new PairAssignment(roundId, group[i], candidate, pick.Scenario.Id, g));
            }
        }

        var round = new PairRound(roundId, channel, now, inbound.Key.User, assignments, plan.Waiting);
        await store.SaveRoundAsync(round, cancellationToken);
        foreach (var assignment in assignments)
        {
            var group = plan.Groups[assignment.Group];
            var briefing = PairBriefing.ForInterviewer(assignment, catalog.Find(assignment.ScenarioId)!, group.Count > 2 ? group : []);
            await SendSafelyAsync(messenger, new UserRef(channel.Platform, channel.Tenant, assignment.Interviewer), briefing, cancellationToken);
        }

        if (plan.Waiting is { } waiting)
        {
            await SendSafelyAsync(messenger, new UserRef(channel.Platform, channel.Tenant, waiting),
                new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private)
                    .Text("There was an odd number of people this round, so you sit this one out. You won't be left out twice in a row. Want a question from me meanwhile?")
                    .Buttons(SessionButtons.Start("Practise with the bot", "practice", ButtonStyle.Primary))
                    .Build(),
                cancellationToken);
        }

        var lines = plan.Groups.Select(g => g.Count == 2
            ? $"{Mentions.Of(g[0])} ↔ {Mentions.Of(g[1])}"
            : string.Join(" → ", g.Append(g[0]).Select(Mentions.Of)) + " (trio)");
        var summary = new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Conversation)
            .Header("Peer interview pairs")
            .Bullets(lines)
            .Context("Everyone got a DM with the question for their partner, the interviewer's rubric and rating buttons."
                + (plan.Waiting is null ? "" : " One person sits this round out (odd number) and goes first next time.")
                + (plan.RepeatPairs > 0 ? string.Create(CultureInfo.InvariantCulture, $" {plan.RepeatPairs} pair(s) met before: there weren't enough new combinations.") : ""));
        return new EngineResponse([summary.Build()]);
    }

    private async Task<EngineResponse> RateAsync(InboundEvent inbound, string value, CancellationToken cancellationToken)
    {
        if (!PairBriefing.TryParseRate(value, out var roundId, out var candidate, out var verdict))
        {
            return Private("That rating button isn't one I recognise any more.");
        }

        var round = await store.GetRoundAsync(inbound.Key.Platform, roundId, cancellationToken);
        var assignment = round?.Assignments.FirstOrDefault(a => a.Interviewer == inbound.Key.User && a.Candidate == candidate);
        if (round is null || assignment is null)
        {
            return Private("Only the person who interviewed them can rate this answer.");
        }

        var candidateRef = new UserRef(round.Channel.Platform, round.Channel.Tenant, candidate);
        var bot = (await sessions.ListByUserAsync(candidateRef, 50, cancellationToken))
            .SelectMany(s => s.Questions)
            .Where(q => q.ScenarioId == assignment.ScenarioId && q.Scorecard is { Verdict: not Verdict.NotScored })
            .Select(q => q.Scorecard!)
            .FirstOrDefault();
        var rating = new PeerRating(round.Id, new TenantRef(round.Channel.Platform, round.Channel.Tenant), assignment.Interviewer, candidate,
            assignment.ScenarioId, verdict, bot?.Verdict, bot?.Overall, time.GetUtcNow());
        await store.SaveRatingAsync(rating, cancellationToken);

        var scenario = catalog.Find(assignment.ScenarioId);
        var botText = bot is null ? "The bot hasn't scored them on this question yet." : $"The bot's verdict on their own practice of it: {PlainText.VerdictName(bot.Verdict)} ({bot.Overall}).";
        if (messengers.For(candidateRef.Platform) is { } messenger)
        {
            var note = new ReplyBuilder(ReplyPurpose.Feedback).Visibility(ReplyVisibility.Private)
                .Text($"{Mentions.Of(assignment.Interviewer)} rated your peer-interview answer: **{PlainText.VerdictName(verdict)}**.")
                .Quote(scenario?.Question ?? assignment.ScenarioId)
                .Context(bot is null ? "Answer it with me too to see the bot's score beside theirs." : botText)
                .Buttons(SessionButtons.Start("Answer it with the bot", $"practice {assignment.ScenarioId}", ButtonStyle.Primary))
                .Build();
            await SendSafelyAsync(messenger, candidateRef, note, cancellationToken);
        }

        return Private($"Saved: **{PlainText.VerdictName(verdict)}** for {Mentions.Of(candidate)}. {botText}");
    }

    private async Task SendSafelyAsync(IOutboundMessenger messenger, UserRef user, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await messenger.SendDirectAsync(user, reply, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDmFailed(logger, ex, user.Platform);
        }
    }

    private static EngineResponse Private(string text) =>
        new([new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private).Text(text).Build()]);

    private static EngineResponse Conversation(string text) =>
        new([new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Conversation).Text(text).Build()]);

    [GeneratedRegex("^([0-9]{1,3})([dw])$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Could not send a pairing DM on {Platform}")]
    private static partial void LogDmFailed(ILogger logger, Exception exception, string platform);
}
