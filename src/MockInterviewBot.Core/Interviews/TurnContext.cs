using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Core.Interviews;

/// <summary>One turn: the event, the person's session and settings, the clock reading, and the replies so far.</summary>
public sealed class TurnContext(InboundEvent inbound, InterviewSession session, UserSettings settings, DateTimeOffset now)
{
    private const int MaxTranscriptText = 4_000;

    public InboundEvent Inbound { get; } = inbound;
    public InterviewSession Session { get; } = session;
    public UserSettings Settings { get; } = settings;
    public DateTimeOffset Now { get; } = now;
    public List<Reply> Replies { get; } = [];

    /// <summary>The session's status when the turn began (metrics tell a completion apart from a later turn).</summary>
    public SessionStatus StatusBefore { get; } = session.Status;

    /// <summary>Follow-up probes asked in the session when the turn began.</summary>
    public int ProbesBefore { get; } = session.Questions.Sum(q => q.Probes.Count);

    /// <summary>Bot transcript entries added this turn (the person's message is recorded before them).</summary>
    public int BotEntries { get; private set; }

    /// <summary>Feedback goes where the person asked for it; otherwise the adapter applies its configured default.</summary>
    public ReplyVisibility FeedbackVisibility => Settings.FeedbackVisibility switch
    {
        Storage.FeedbackVisibility.Private => ReplyVisibility.Private,
        Storage.FeedbackVisibility.Thread => ReplyVisibility.Conversation,
        _ => ReplyVisibility.Default,
    };

    public void Say(Reply reply)
    {
        Replies.Add(reply);
        var text = reply.FallbackText.Length > MaxTranscriptText ? reply.FallbackText[..MaxTranscriptText] + "…" : reply.FallbackText;
        Session.Transcript.Add(new TranscriptEntry(Now, Speaker.Bot, text));
        BotEntries++;
    }
}
