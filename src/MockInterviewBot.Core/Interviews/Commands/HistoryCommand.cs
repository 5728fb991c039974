using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.History;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>
/// <c>history</c>: the person's progress (recent sessions with verdicts, per-dimension sparklines, the weakest
/// dimension with a drill to copy); <c>history replay &lt;n&gt;</c> (or <c>history &lt;n&gt;</c>, or a Replay button)
/// replays the n-th most recent session question by question.
/// </summary>
public sealed class HistoryCommand(ISessionStore sessions, IScenarioCatalog? catalog = null)
{
    /// <summary>Sessions read for trends (the newest).</summary>
    public const int TrendSessions = 50;

    public Task<Reply> HandleAsync(UserRef user, CancellationToken cancellationToken) =>
        HandleAsync(user, [], null, cancellationToken);

    /// <param name="args">Words after <c>history</c>: none, <c>replay N</c> or <c>N</c>.</param>
    /// <param name="sessionId">A Replay button's session id.</param>
    public async Task<Reply> HandleAsync(UserRef user, IReadOnlyList<string> args, string? sessionId, CancellationToken cancellationToken)
    {
        if (sessionId is not null)
        {
            var session = await sessions.GetByIdAsync(new TenantRef(user.Platform, user.Tenant), sessionId, cancellationToken);
            return session is not null && session.Key.UserRef == user
                ? SessionReplay.Build(session, null, catalog)
                : Note("That session isn't in your history any more.");
        }

        var recent = await sessions.ListByUserAsync(user, TrendSessions, cancellationToken);
        if (args.Count == 0)
        {
            return HistoryView.Build(recent, catalog);
        }

        if (!TryReplayNumber(args, out var number))
        {
            return Note($"I didn't understand `history {string.Join(' ', args)}`. Use `history` for your progress or `history replay <#>` to replay one of the sessions it lists.");
        }

        var listed = Math.Min(HistoryView.Listed, recent.Count);
        if (number < 1 || number > listed)
        {
            return Note(listed == 0
                ? "There is nothing to replay yet: your history is empty."
                : string.Create(CultureInfo.InvariantCulture, $"Pick a session between 1 and {listed} (the # column of `history`)."));
        }

        return SessionReplay.Build(recent[number - 1], number, catalog);
    }

    /// <summary>Whether the words after <c>history</c> are something it understands (used to tell commands from answers).</summary>
    public static bool IsWellFormed(IReadOnlyList<string> args) => args.Count == 0 || TryReplayNumber(args, out _);

    private static bool TryReplayNumber(IReadOnlyList<string> args, out int number)
    {
        number = 0;
        var words = args.Count > 0 && string.Equals(args[0], "replay", StringComparison.OrdinalIgnoreCase) ? args.Skip(1).ToArray() : args.ToArray();
        return words.Length == 1 && int.TryParse(words[0].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private static Reply Note(string text) =>
        new ReplyBuilder(ReplyPurpose.History).Visibility(ReplyVisibility.Private).Text(text).Build();

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
