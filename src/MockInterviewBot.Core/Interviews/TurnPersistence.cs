using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Core.Interviews;

/// <summary>Saving a turn (transcript, handled message ids, version check) and telling redeliveries apart.</summary>
public sealed class TurnPersistence(ISessionStore sessions)
{
    private const int MaxHandledIds = 200;
    private const int RecentSessions = 50;

    private readonly ISessionStore _sessions = sessions;

    /// <summary>A reply that does not change the interview; the event is still marked handled if there is a session.</summary>
    public async Task<EngineResponse> StandaloneAsync(InboundEvent inbound, InterviewSession? session, DateTimeOffset now, Reply reply,
        CancellationToken cancellationToken)
    {
        if (session is null)
        {
            return new EngineResponse([reply]);
        }

        var ctx = new TurnContext(inbound, session, new UserSettings(), now);
        ctx.Replies.Add(reply);
        return await SaveTurnAsync(ctx, recordUserText: true, cancellationToken);
    }

    public async Task<EngineResponse> SaveTurnAsync(TurnContext ctx, bool recordUserText, CancellationToken cancellationToken)
    {
        var session = ctx.Session;
        var inbound = ctx.Inbound;
        if (recordUserText)
        {
            var text = inbound.Kind == InboundKind.Action ? $"[{inbound.ActionId}]" : inbound.Text;
            session.Transcript.Insert(Math.Max(0, session.Transcript.Count - ctx.BotEntries), new TranscriptEntry(ctx.Now, Speaker.User, text, inbound.MessageId));
        }

        session.HandledMessageIds.Add(inbound.MessageId);
        if (session.HandledMessageIds.Count > MaxHandledIds)
        {
            session.HandledMessageIds.RemoveRange(0, session.HandledMessageIds.Count - MaxHandledIds);
        }

        session.UpdatedAt = ctx.Now;
        var isNew = session.Version == 0;
        await _sessions.SaveAsync(session, cancellationToken);
        RecordMetrics(ctx, isNew);
        return new EngineResponse(ctx.Replies) { SessionId = session.Id };
    }

    /// <summary>Counted after the save succeeds, so a retried turn is not counted twice.</summary>
    private static void RecordMetrics(TurnContext ctx, bool isNew)
    {
        var session = ctx.Session;
        var platform = new KeyValuePair<string, object?>("platform", session.Key.Platform);
        var mode = new KeyValuePair<string, object?>("mode", session.Mode.ToString().ToLowerInvariant());
        if (isNew)
        {
            BotMetrics.InterviewsStarted.Add(1, platform, mode);
        }

        if (session.Status == SessionStatus.Completed && ctx.StatusBefore != SessionStatus.Completed)
        {
            BotMetrics.InterviewsCompleted.Add(1, platform, mode);
        }

        var probes = session.Questions.Sum(q => q.Probes.Count) - ctx.ProbesBefore;
        if (probes > 0)
        {
            BotMetrics.ProbesAsked.Add(probes, platform);
        }
    }

    public async Task<bool> IsDuplicateAsync(InterviewSession? session, InboundEvent inbound, CancellationToken cancellationToken)
    {
        if (session is not null)
        {
            return session.HandledMessageIds.Contains(inbound.MessageId, StringComparer.Ordinal);
        }

        var recent = await _sessions.ListByUserAsync(inbound.Key.UserRef, 5, cancellationToken);
        return recent.Any(s => s.Key == inbound.Key && s.HandledMessageIds.Contains(inbound.MessageId, StringComparer.Ordinal));
    }

    public async Task<bool> HadSessionHereAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var mine = await _sessions.ListByUserAsync(key.UserRef, RecentSessions, cancellationToken);
        return mine.Any(s => s.Key == key);
    }

    public async Task<InterviewSession?> LatestOwnAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var recent = await _sessions.ListByUserAsync(key.UserRef, 5, cancellationToken);
        return recent.FirstOrDefault(s => s.Key == key);
    }
}
