using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews;

/// <summary>New sessions, and the start arguments that recreate one (for "Start again" buttons).</summary>
public static class SessionFactory
{
    public static InterviewSession Create(ConversationKey key, ResolvedStart start, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now).ToString("N"),
        Key = key,
        Mode = start.Mode,
        Framework = start.Framework ?? Frameworks.General,
        Competency = start.Competency,
        Level = start.Level,
        Role = start.Role,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static string StartArgsOf(InterviewSession session) => new StartRequest
    {
        Mode = session.Mode,
        Framework = session.Framework,
        Competency = session.Competency,
        Level = session.Level,
        Role = session.Role,
    }.ToArgs();
}
