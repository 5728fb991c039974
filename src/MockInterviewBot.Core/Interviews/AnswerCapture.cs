using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Core.Interviews;

/// <summary>Records the messages of a (multi-message) answer, and applies edits and deletions before submit.</summary>
public static class AnswerCapture
{
    /// <summary>The answer currently being written in this session (main answer, probe answer or drill section), if any.</summary>
    public static List<AnswerPart>? OpenAnswer(InterviewSession session) => session.Step switch
    {
        Steps.Answering or Steps.Drilling => session.Current?.Answer,
        Steps.Probing => session.Current?.Probes.LastOrDefault()?.Answer,
        _ => null,
    };

    public static bool CollectsAnswer(InterviewSession session) => OpenAnswer(session) is not null;

    /// <summary>Adds the message to the open answer and the transcript unless it is already there. True when added.</summary>
    public static bool Record(InterviewSession session, InboundEvent inbound, DateTimeOffset now)
    {
        var answer = OpenAnswer(session);
        if (answer is null || answer.Exists(p => p.MessageId == inbound.MessageId))
        {
            return false;
        }

        answer.Add(new AnswerPart { MessageId = inbound.MessageId, Text = inbound.Text, At = inbound.Timestamp == default ? now : inbound.Timestamp });
        session.Transcript.Add(new TranscriptEntry(now, Speaker.User, inbound.Text, inbound.MessageId));
        return true;
    }

    /// <summary>Replaces the text of a part of the open answer. False when the message is not part of it.</summary>
    public static bool Edit(InterviewSession session, string messageId, string text, DateTimeOffset now)
    {
        var part = OpenAnswer(session)?.Find(p => p.MessageId == messageId);
        if (part is null)
        {
            return false;
        }

        part.Text = text;
        session.Transcript.Add(new TranscriptEntry(now, Speaker.User, "(edited) " + text, messageId));
        return true;
    }

    /// <summary>Marks a part of the open answer deleted. False when the message is not part of it.</summary>
    public static bool Delete(InterviewSession session, string messageId, DateTimeOffset now)
    {
        var part = OpenAnswer(session)?.Find(p => p.MessageId == messageId);
        if (part is null)
        {
            return false;
        }

        part.Deleted = true;
        session.Transcript.Add(new TranscriptEntry(now, Speaker.User, "(deleted)", messageId));
        return true;
    }

    /// <summary>True when the message was part of any answer of the session (submitted already or not).</summary>
    public static bool IsKnownPart(InterviewSession session, string messageId) =>
        session.Questions.Any(q => q.Answer.Exists(p => p.MessageId == messageId) || q.Probes.Any(p => p.Answer.Exists(a => a.MessageId == messageId)));

    public static string TextOf(IEnumerable<AnswerPart> parts) =>
        string.Join("\n", parts.Where(p => !p.Deleted).Select(p => p.Text.Trim()).Where(t => t.Length > 0));

    public static int Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
