using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.History;
using MockInterviewBot.Core.Interviews.Replies;

namespace MockInterviewBot.Groups.Leaderboard;

/// <summary>
/// Builds the group leaderboard from the tenant's sessions: streaks, most improved (recent vs first average) and most
/// practice days, not only raw scores. Only people who practiced in the window and did not opt out are named; the
/// rest are a count. Nobody is ever named for not practising.
/// </summary>
public static class LeaderboardBuilder
{
    public static IReadOnlyList<MemberStanding> Standings(IEnumerable<InterviewSession> sessions, TimeZoneInfo zone, DateTimeOffset now) =>
        sessions.GroupBy(s => s.Key.UserRef)
            .Select(g =>
            {
                var progress = ProgressReport.From(g);
                return new MemberStanding(
                    g.Key,
                    Streaks.Compute(g.Select(s => s.CreatedAt), zone, now),
                    g.Count(),
                    progress.Answers.Count,
                    progress.RecentAverage,
                    progress.Improvement);
            })
            .OrderBy(m => m.User.UserId, StringComparer.Ordinal)
            .ToArray();

    /// <param name="standings">Everyone who practiced in the window.</param>
    /// <param name="optedOut">People who asked not to be named.</param>
    public static Reply Build(IReadOnlyList<MemberStanding> standings, IReadOnlySet<UserRef> optedOut, LeaderboardOptions options, string zoneName)
    {
        var listed = standings.Where(s => !optedOut.Contains(s.User)).ToArray();
        var hidden = standings.Count - listed.Length;
        var reply = new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Conversation)
            .Header(string.Create(CultureInfo.InvariantCulture, $"Study group leaderboard · last {options.WindowDays} days"));
        if (standings.Count == 0)
        {
            return reply.Text("Nobody has practised here in that time yet. Start with `/mock` and you'll top the board.")
                .Context(Footer(zoneName)).Build();
        }

        var streaks = listed.Where(s => s.Streak.Current > 0)
            .OrderByDescending(s => s.Streak.Current).ThenByDescending(s => s.Streak.PracticeDays).ThenBy(s => s.User.UserId, StringComparer.Ordinal)
            .Take(options.Top)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{Mentions.Of(s.User.UserId)} — {Days(s.Streak.Current)} in a row (best {s.Streak.Longest})"));
        Section(reply, "**Streaks**", streaks);

        var improved = listed.Where(s => s.Improvement is > 0)
            .OrderByDescending(s => s.Improvement).ThenBy(s => s.User.UserId, StringComparer.Ordinal)
            .Take(options.Top)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{Mentions.Of(s.User.UserId)} — +{s.Improvement:0} points (now averaging {s.RecentAverage:0})"));
        Section(reply, "**Most improved** (recent answers vs first answers)", improved);

        var practice = listed
            .OrderByDescending(s => s.Streak.PracticeDays).ThenByDescending(s => s.Sessions).ThenBy(s => s.User.UserId, StringComparer.Ordinal)
            .Take(options.Top)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{Mentions.Of(s.User.UserId)} — {Days(s.Streak.PracticeDays)} of practice, {s.ScoredAnswers} scored answers"));
        Section(reply, "**Most practice**", practice);

        var total = string.Create(CultureInfo.InvariantCulture, $"{standings.Count} {(standings.Count == 1 ? "person" : "people")} practised");
        if (hidden > 0)
        {
            total += string.Create(CultureInfo.InvariantCulture, $" ({hidden} not listed by choice)");
        }

        return reply.Context(total + ". " + Footer(zoneName)).Build();
    }

    /// <summary>A person's own standing (DMs, and anyone who asks privately).</summary>
    public static Reply Personal(MemberStanding? standing, bool optedOut, LeaderboardOptions options, string zoneName)
    {
        var reply = new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private)
            .Header(string.Create(CultureInfo.InvariantCulture, $"Your streaks · last {options.WindowDays} days"));
        if (standing is null)
        {
            reply.Text("No practice in that time yet. Say `start` for a question: one a day builds a streak.");
        }
        else
        {
            reply.Add(new FieldsBlock(
            [
                new Field("Current streak", Days(standing.Streak.Current)),
                new Field("Longest streak", Days(standing.Streak.Longest)),
                new Field("Practice days", standing.Streak.PracticeDays.ToString(CultureInfo.InvariantCulture)),
                new Field("Scored answers", standing.ScoredAnswers.ToString(CultureInfo.InvariantCulture)),
                new Field("Improvement", standing.Improvement is { } i ? string.Create(CultureInfo.InvariantCulture, $"{(i >= 0 ? "+" : "")}{i:0} points") : "needs two scored answers"),
            ]));
        }

        return reply.Context((optedOut
            ? "You are not listed on group leaderboards (`leaderboard optin` to be listed). "
            : "You can be listed on group leaderboards (`leaderboard optout` to stop). ") + Footer(zoneName)).Build();
    }

    private static void Section(ReplyBuilder reply, string title, IEnumerable<string> lines)
    {
        var items = lines.ToArray();
        if (items.Length > 0)
        {
            reply.Text(title);
            reply.Bullets(items);
        }
    }

    private static string Days(int n) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? "day" : "days")}");

    private static string Footer(string zoneName) =>
        $"Days count in {zoneName}. Only people who practised are shown; `/mock leaderboard optout` keeps you off the board.";
}
