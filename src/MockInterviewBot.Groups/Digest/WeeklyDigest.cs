using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Groups.Digest;

/// <summary>The two messages of a weekly digest: a short channel post and the details for its thread.</summary>
public sealed record DigestMessages(Reply Summary, Reply Details, int Participants, int Answers);

/// <summary>
/// Builds the weekly digest of one channel from its sessions: participation, practice streaks, most improved, the
/// hardest question, the most common mistakes. Figures only, no names (nobody is singled out, for skipping or otherwise);
/// a short excerpt of the week's best answer only when the workspace shows feedback in threads.
/// </summary>
public static class WeeklyDigest
{
    private const int QuoteChars = 240;

    private static readonly Dictionary<string, string> MistakeNames = new(StringComparer.Ordinal)
    {
        [RedFlagKinds.HandOff] = "handing the work off instead of doing it",
        [RedFlagKinds.AssignedOwnership] = "ownership that was only assigned",
        [RedFlagKinds.Blame] = "blaming others",
        [RedFlagKinds.VagueResult] = "vague results without numbers",
        [RedFlagKinds.GenericReflection] = "generic reflections",
        [RedFlagKinds.UnverifiedAssumption] = "unverified assumptions",
        [RedFlagKinds.WeDominant] = "\"we\" instead of \"I\"",
    };

    /// <param name="sessions">The channel's sessions since at least four weeks before <paramref name="weekEnd"/> (older ones give the improvement baseline).</param>
    public static DigestMessages Build(IReadOnlyList<InterviewSession> sessions, DateTimeOffset weekEnd, TimeZoneInfo zone, IScenarioCatalog catalog, bool quoteAllowed)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(catalog);
        var weekStart = weekEnd - TimeSpan.FromDays(7);
        var answers = sessions
            .SelectMany(s => s.Questions.Select(q => (Session: s, Question: q)))
            .Where(a => a.Question.Scorecard is { Verdict: not Verdict.NotScored })
            .ToArray();
        var week = answers.Where(a => At(a) >= weekStart && At(a) < weekEnd).ToArray();
        var weekSessions = sessions.Where(s => s.CreatedAt >= weekStart && s.CreatedAt < weekEnd).ToArray();
        var people = weekSessions.Select(s => s.Key.User).Distinct(StringComparer.Ordinal).Count();

        var summaryText = people == 0
            ? "Weekly study-group digest: nobody practised here this week. Today's a good day to start: answer the next question of the day in its thread."
            : string.Create(CultureInfo.InvariantCulture, $"Weekly study-group digest: {Plural(people, "person", "people")} practised {Plural(week.Length, "scored answer", "scored answers")} this week. Details in the thread.");
        var summary = new ReplyBuilder(ReplyPurpose.Summary).Text(summaryText).Visibility(ReplyVisibility.Conversation).Build();

        var details = new ReplyBuilder(ReplyPurpose.Summary).Header("This week in numbers").Visibility(ReplyVisibility.Conversation);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"**Participation:** {Plural(people, "person", "people")}, {Plural(weekSessions.Length, "session", "sessions")}, {Plural(week.Length, "scored answer", "scored answers")}."),
            Streaks(sessions, weekEnd, zone),
        };
        if (MostImproved(answers, weekStart, weekEnd) is { } improved)
        {
            lines.Add(improved);
        }

        if (Hardest(week, catalog) is { } hardest)
        {
            lines.Add(hardest);
        }

        if (Mistakes(week) is { } mistakes)
        {
            lines.Add(mistakes);
        }

        details.Bullets(lines);
        if (quoteAllowed && week.OrderByDescending(a => a.Question.Scorecard!.Overall).FirstOrDefault() is { Question.Scorecard.Verdict: Verdict.Hire or Verdict.StrongHire } best)
        {
            var text = string.Join(" ", best.Question.Answer.Where(p => !p.Deleted).Select(p => p.Text)).Trim();
            if (text.Length > 0)
            {
                details.Text("From the week's strongest answer:").Quote(text.Length > QuoteChars ? text[..QuoteChars] + "…" : text);
            }
        }

        details.Context("Figures only: nobody is named. Practise any time with `/mock start`, or answer the question of the day in its thread.");
        return new DigestMessages(summary, details.Build(), people, week.Length);
    }

    private static DateTimeOffset At((InterviewSession Session, QuestionRecord Question) answer) =>
        answer.Question.Answer.LastOrDefault()?.At ?? answer.Session.CreatedAt;

    private static string Streaks(IReadOnlyList<InterviewSession> sessions, DateTimeOffset weekEnd, TimeZoneInfo zone)
    {
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(weekEnd.AddTicks(-1), zone).DateTime);
        var streaks = sessions
            .GroupBy(s => s.Key.User, StringComparer.Ordinal)
            .Select(g =>
            {
                var days = g.Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.CreatedAt, zone).DateTime)).ToHashSet();
                var day = days.Contains(lastDay) ? lastDay : lastDay.AddDays(-1);
                var length = 0;
                while (days.Contains(day))
                {
                    length++;
                    day = day.AddDays(-1);
                }

                return length;
            })
            .Where(l => l >= 2)
            .ToArray();
        return streaks.Length == 0
            ? "**Streaks:** no practice streaks running yet (two days in a row starts one)."
            : string.Create(CultureInfo.InvariantCulture, $"**Streaks:** {Plural(streaks.Length, "person is", "people are")} on a practice streak; the longest is {Plural(streaks.Max(), "day", "days")}.");
    }

    private static string? MostImproved((InterviewSession Session, QuestionRecord Question)[] answers, DateTimeOffset weekStart, DateTimeOffset weekEnd)
    {
        var best = answers
            .GroupBy(a => a.Session.Key.User, StringComparer.Ordinal)
            .Select(g =>
            {
                var before = g.Where(a => At(a) < weekStart).Select(a => a.Question.Scorecard!.Overall).ToArray();
                var during = g.Where(a => At(a) >= weekStart && At(a) < weekEnd).Select(a => a.Question.Scorecard!.Overall).ToArray();
                return before.Length == 0 || during.Length == 0 ? (double?)null : during.Average() - before.Average();
            })
            .Where(d => d is > 0)
            .Max();
        return best is { } delta
            ? string.Create(CultureInfo.InvariantCulture, $"**Most improved:** one member's average score rose by {delta:0.#} points over their earlier weeks.")
            : null;
    }

    private static string? Hardest((InterviewSession Session, QuestionRecord Question)[] week, IScenarioCatalog catalog)
    {
        var hardest = week
            .GroupBy(a => a.Question.ScenarioId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Average: g.Average(a => a.Question.Scorecard!.Overall), Count: g.Count(), Text: g.First().Question.QuestionText))
            .OrderByDescending(g => g.Count >= 2)
            .ThenBy(g => g.Average)
            .FirstOrDefault();
        if (hardest.Id is null)
        {
            return null;
        }

        var title = catalog.Find(hardest.Id)?.Question ?? hardest.Text;
        return string.Create(CultureInfo.InvariantCulture, $"**Hardest question:** \"{title}\" (average score {hardest.Average:0.#} over {Plural(hardest.Count, "answer", "answers")}).");
    }

    private static string? Mistakes((InterviewSession Session, QuestionRecord Question)[] week)
    {
        var flags = week
            .SelectMany(a => a.Question.Scorecard!.RedFlags.Select(f => f.Kind).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Name: MistakeNames.GetValueOrDefault(g.Key, g.Key), Count: g.Count()));
        var weakest = week
            .Select(a => a.Question.Scorecard!.Dimensions.OrderBy(d => d.Rating).FirstOrDefault())
            .Where(d => d is { Rating: <= 2 })
            .GroupBy(d => d!.Name)
            .Select(g => (Name: "weak " + PlainText.DimensionName(g.Key).ToLowerInvariant(), Count: g.Count()));
        var top = flags.Concat(weakest).OrderByDescending(m => m.Count).ThenBy(m => m.Name, StringComparer.Ordinal).Take(3).ToArray();
        return top.Length == 0
            ? null
            : "**Most common mistakes:** " + string.Join("; ", top.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Name} ({m.Count}×)"))) + ".";
    }

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
