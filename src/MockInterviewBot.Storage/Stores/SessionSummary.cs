using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Storage.Stores;

/// <summary>The columns written next to a session document, for history and admin queries.</summary>
internal static class SessionSummary
{
    public static object Parameters(InterviewSession session, string document, long newVersion, long transcriptNext)
    {
        var scored = session.Questions.Where(q => q.Scorecard is not null).Select(q => q.Scorecard!).ToArray();
        return new
        {
            session.Id,
            session.Key.Platform,
            session.Key.Tenant,
            session.Key.Channel,
            Thread = StoredNames.Thread(session.Key.Thread),
            UserId = session.Key.User,
            Status = StoredNames.Of(session.Status),
            Mode = StoredNames.Of(session.Mode),
            session.Framework,
            session.Competency,
            Level = StoredNames.Of(session.Level),
            session.Step,
            Questions = (long)session.Questions.Count,
            Verdict = scored.Length == 0 ? null : StoredNames.Of(scored[^1].Verdict),
            Overall = scored.Length == 0 ? (double?)null : scored.Average(s => s.Overall),
            CreatedAt = Sql.UnixTime.ToMs(session.CreatedAt),
            UpdatedAt = Sql.UnixTime.ToMs(session.UpdatedAt),
            CompletedAt = Sql.UnixTime.ToMs(session.CompletedAt),
            OldVersion = session.Version,
            NewVersion = newVersion,
            TranscriptNext = transcriptNext,
            Document = document,
        };
    }
}
