using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Rendering;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>
/// Starts a channel interview: posts the root message at the top of the channel, runs the start event in that
/// message's thread, then shows the question on the root with an "Answer this too" button and records the thread's
/// topic so other members can join.
/// </summary>
internal sealed partial class SlackThreadStarter(
    SlackApiClient api,
    SlackInstallations installations,
    SlackReplySender sender,
    DispatcherFeeder feeder,
    TimeProvider time,
    ILogger<SlackThreadStarter> logger,
    IThreadTopicStore? topics = null,
    ISessionStore? sessions = null)
{
    public async Task StartAsync(InboundEvent start, CancellationToken cancellationToken)
    {
        var key = start.Key;
        var token = await installations.TokenForAsync(key.Tenant, cancellationToken);
        if (token is null)
        {
            return;
        }

        var root = RootMessage(key.User, question: null, scenarioId: null);
        string? rootTs;
        try
        {
            rootTs = (await api.PostMessageAsync(key.Tenant, token, new PostMessageRequest { Channel = key.Channel, Text = root.Text, Blocks = root.Blocks }, cancellationToken)).Ts;
        }
        catch (SlackApiException ex) when (ex.Kind == SlackErrorKind.Channel)
        {
            LogCannotPost(logger, ex.Error);
            var note = new SlackMessage($"I can't post in <#{key.Channel}> yet ({Mrkdwn.Escape(ex.Error)}). Invite me with `/invite @Mock Interviewer`, or DM me `start`.", []);
            await sender.PostAsync(key.Tenant, token, key, Placement.Ephemeral, [note], cancellationToken);
            return;
        }

        if (string.IsNullOrEmpty(rootTs))
        {
            return;
        }

        var threaded = start with { Key = key with { Thread = rootTs } };
        var queued = await feeder.EnqueueAsync(threaded, (inbound, response, ct) => DeliverAndDecorateAsync(inbound, response, rootTs, token, ct), cancellationToken);
        if (!queued)
        {
            LogQueueFull(logger);
        }
    }

    private async Task DeliverAndDecorateAsync(InboundEvent inbound, EngineResponse response, string rootTs, string token, CancellationToken cancellationToken)
    {
        await sender.DeliverAsync(inbound, response, cancellationToken);

        var key = inbound.Key;
        var thread = key.ThreadRef;
        string? scenarioId = null;
        var mode = "practice";
        if (sessions is not null && response.SessionId is { Length: > 0 } sessionId)
        {
            var session = await sessions.GetByIdAsync(new TenantRef(Platforms.Slack, key.Tenant), sessionId, cancellationToken);
            scenarioId = session?.Current?.ScenarioId ?? session?.Questions.FirstOrDefault()?.ScenarioId;
            mode = session?.Mode.ToString().ToLowerInvariant() ?? mode;
        }

        if (topics is not null && scenarioId is not null && await topics.GetAsync(thread, cancellationToken) is null)
        {
            await topics.SaveAsync(new ThreadTopic(thread, scenarioId, mode, time.GetUtcNow(), key.User), cancellationToken);
        }

        var question = response.Replies.FirstOrDefault(r => r.Purpose == ReplyPurpose.Question) ?? (response.Replies.Count > 0 ? response.Replies[0] : null);
        var root = RootMessage(key.User, QuestionText(question), scenarioId);
        try
        {
            await api.UpdateAsync(key.Tenant, token, new UpdateMessageRequest { Channel = key.Channel, Ts = rootTs, Text = root.Text, Blocks = root.Blocks }, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            LogRootUpdateFailed(logger, ex.Error);
        }
    }

    /// <summary>The thread's root: who started it, the question once known, and "Answer this too" for everyone else.</summary>
    public static SlackMessage RootMessage(string starter, string? question, string? scenarioId)
    {
        var intro = $":studio_microphone: <@{starter}> started a mock interview. Answer in this thread; anyone else can press *Answer this too* for their own session.";
        var blocks = new List<Block> { new SectionBlock { Text = new MrkdwnText(intro) } };
        if (!string.IsNullOrWhiteSpace(question))
        {
            blocks.AddRange(BlockKitRenderer.Sections(Mrkdwn.Quote(Mrkdwn.Truncate(question, 2500))));
        }

        blocks.AddRange(BlockKitRenderer.Actions([new Button("Answer this too", ActionIds.AnswerToo, scenarioId, ButtonStyle.Primary)]));
        var text = string.IsNullOrWhiteSpace(question) ? "Mock interview started" : "Mock interview: " + Mrkdwn.Escape(Mrkdwn.Truncate(question, 300));
        return new SlackMessage(text, blocks);
    }

    private static string? QuestionText(Reply? reply)
    {
        if (reply is null)
        {
            return null;
        }

        var text = reply.Blocks.OfType<TextBlock>().Select(t => t.Markdown).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            ?? reply.Blocks.OfType<HeaderBlock>().Select(h => h.Text).FirstOrDefault();
        return Mrkdwn.Plain(text ?? reply.FallbackText);
    }

    [LoggerMessage(EventId = 4400, Level = LogLevel.Warning, Message = "Cannot post the interview's root message ({Error})")]
    private static partial void LogCannotPost(ILogger logger, string error);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Error, Message = "The engine's queue stayed full; a thread start was dropped")]
    private static partial void LogQueueFull(ILogger logger);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning, Message = "Could not update the interview's root message ({Error})")]
    private static partial void LogRootUpdateFailed(ILogger logger, string error);
}
