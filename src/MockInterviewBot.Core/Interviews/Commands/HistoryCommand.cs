using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary><c>history</c>: the person's recent sessions with their verdicts.</summary>
public sealed class HistoryCommand(ISessionStore sessions)
{
    private const int Limit = 10;

    public async Task<Reply> HandleAsync(UserRef user, CancellationToken cancellationToken)
    {
        var recent = await sessions.ListByUserAsync(user, Limit, cancellationToken);
        var reply = new ReplyBuilder(ReplyPurpose.History).Visibility(ReplyVisibility.Private).Header("Your recent sessions");
        if (recent.Count == 0)
        {
            return reply.Text("No sessions yet. Say `start` to practise your first question.").Buttons(HelpReplies.StartButtons()).Build();
        }

        var rows = recent.Select(s => (IReadOnlyList<string>)
        [
            s.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Vocabulary.ModeWord(s.Mode),
            Topic(s),
            Outcome(s),
            s.Status.ToString().ToLowerInvariant(),
        ]).ToArray();
        return reply.Add(new TableBlock(["When (UTC)", "Mode", "Question", "Result", "Status"], rows)).Build();
    }

    private static string Topic(InterviewSession session)
    {
        var first = session.Questions.FirstOrDefault();
        if (first is null)
        {
            return session.Quiz.Count > 0 ? $"{session.Quiz.Count} quiz items" : "-";
        }

        var text = first.QuestionText.Length > 60 ? first.QuestionText[..60] + "…" : first.QuestionText;
        return session.Questions.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{text} (+{session.Questions.Count - 1})") : text;
    }

    /// <summary>The verdicts of the session's scored questions, or the quiz score.</summary>
    public static string Outcome(InterviewSession session)
    {
        if (session.Mode == InterviewMode.Quiz)
        {
            var answered = session.Quiz.Count(r => r.Chosen is not null);
            var correct = session.Quiz.Count(r => r.Correct == true);
            return string.Create(CultureInfo.InvariantCulture, $"{correct}/{answered} correct");
        }

        var verdicts = session.Questions.Where(q => q.Scorecard is { Verdict: not Verdict.NotScored })
            .Select(q => PlainText.VerdictName(q.Scorecard!.Verdict)).ToArray();
        return verdicts.Length == 0 ? "no verdict" : string.Join(", ", verdicts);
    }
}
