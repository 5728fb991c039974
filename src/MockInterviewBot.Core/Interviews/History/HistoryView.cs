using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.History;

/// <summary>
/// The progress view shared by <c>history</c> and the Slack App Home: recent sessions with verdicts (numbered for
/// <c>history replay &lt;n&gt;</c>), per-dimension trends as sparklines, the weakest dimension with a drill to copy,
/// and replay buttons.
/// </summary>
public static class HistoryView
{
    /// <summary>Sessions listed (and replayable by number).</summary>
    public const int Listed = 10;

    public static Reply Build(IReadOnlyList<InterviewSession> newestFirst, IScenarioCatalog? catalog, bool withButtons = true)
    {
        var reply = new ReplyBuilder(ReplyPurpose.History).Visibility(ReplyVisibility.Private).Header("Your progress");
        if (newestFirst.Count == 0)
        {
            reply.Text("No sessions yet. Say `start` to practise your first question.");
            return (withButtons ? reply.Buttons(HelpReplies.StartButtons()) : reply).Build();
        }

        var progress = ProgressReport.From(newestFirst);
        reply.Context(Summary(newestFirst.Count, progress));
        if (progress.Trends.Count > 0)
        {
            reply.Add(new TableBlock(["Dimension", "Trend", "Latest", "Change"], progress.Trends.Select(TrendRow).ToArray()));
            if (progress.Answers.Count > 1)
            {
                var overall = progress.Answers.TakeLast(ProgressReport.SparklinePoints).Select(a => a.Card.Overall).ToArray();
                reply.Context(string.Create(CultureInfo.InvariantCulture, $"Overall score: {Sparkline.FromScores(overall)} ({overall[0]} → {overall[^1]}, oldest → newest)"));
            }
        }

        var drill = Drill(progress, newestFirst, catalog);
        if (drill is not null)
        {
            var name = PlainText.DimensionName(drill.Dimension).ToLowerInvariant();
            var average = progress.Weakest!.RecentAverage;
            reply.Text(string.Create(CultureInfo.InvariantCulture,
                $"**Weakest lately: {name}** ({average:0.0}/4). {drill.Why}\nTry _{drill.Scenario.Title}_: `/mock start {drill.StartArgs}` (in a DM: `start {drill.StartArgs}`)"));
            if (withButtons)
            {
                reply.Buttons(SessionButtons.Start(drill.Mode == InterviewMode.Drill ? "Start this drill" : "Practise this", drill.StartArgs, ButtonStyle.Primary));
            }
        }
        else if (progress.Answers.Count == 0)
        {
            reply.Text("No scored answers yet: finish a practice question (`done`) to see your trends.");
        }

        var listed = newestFirst.Take(Listed).ToArray();
        var rows = listed.Select((s, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            s.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Vocabulary.ModeWord(s.Mode),
            Topic(s),
            HistoryCommand.Outcome(s),
        ]).ToArray();
        reply.Add(new TableBlock(["#", "When (UTC)", "Mode", "Question", "Result"], rows));
        reply.Context("Replay a session question by question: `history replay <#>` (or `/mock history replay <#>`).");
        if (withButtons)
        {
            var replayable = listed.Select((s, i) => (Session: s, Number: i + 1)).Where(x => x.Session.Questions.Count > 0 || x.Session.Quiz.Count > 0).Take(5);
            reply.Buttons(replayable.Select(x => new Button(
                string.Create(CultureInfo.InvariantCulture, $"Replay #{x.Number}"), ActionIds.HistoryReplay, x.Session.Id)));
        }

        return reply.Build();
    }

    private static string Summary(int sessions, ProgressReport progress)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"Sessions: {sessions} · Answers scored: {progress.Answers.Count}");
        if (progress.RecentAverage is { } recent)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" · Recent average: {recent:0}");
        }

        if (progress.Improvement is { } change)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" · Since your first answers: {(change >= 0 ? "+" : "")}{change:0}");
        }

        return text;
    }

    private static IReadOnlyList<string> TrendRow(DimensionTrend trend)
    {
        var points = trend.Ratings.TakeLast(ProgressReport.SparklinePoints).ToArray();
        var change = trend.Change switch
        {
            > 0.25 => "↑ improving",
            < -0.25 => "↓ slipping",
            _ => trend.Ratings.Count < 2 ? "–" : "→ steady",
        };
        return
        [
            PlainText.DimensionName(trend.Dimension),
            Sparkline.FromRatings(points),
            string.Create(CultureInfo.InvariantCulture, $"{trend.Ratings[^1]}/4"),
            change,
        ];
    }

    private static DrillSuggestion? Drill(ProgressReport progress, IReadOnlyList<InterviewSession> newestFirst, IScenarioCatalog? catalog)
    {
        if (catalog is null || progress.Weakest is not { } weakest)
        {
            return null;
        }

        var framework = newestFirst.Where(s => s.Questions.Count > 0).GroupBy(s => s.Framework, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var recent = newestFirst.SelectMany(s => s.Questions.Select(q => q.ScenarioId)).ToArray();
        string? weakestCompetency = null;
        if (weakest.Dimension == Dimension.CompetencyFit)
        {
            var worst = progress.Answers.TakeLast(ProgressReport.RecentWindow)
                .OrderBy(a => a.Card.Dimensions.FirstOrDefault(d => d.Name == Dimension.CompetencyFit)?.Rating ?? 5)
                .FirstOrDefault();
            weakestCompetency = worst?.Session.Competency ?? (worst is null ? null : catalog.Find(worst.Question.ScenarioId)?.PrimaryCompetency());
        }

        return DrillSuggester.Suggest(weakest.Dimension, catalog, framework, recent, weakestCompetency);
    }

    internal static string Topic(InterviewSession session)
    {
        var first = session.Questions.FirstOrDefault();
        if (first is null)
        {
            return session.Quiz.Count > 0 ? $"{session.Quiz.Count} quiz items" : "-";
        }

        var text = first.QuestionText.Length > 60 ? first.QuestionText[..60] + "…" : first.QuestionText;
        return session.Questions.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{text} (+{session.Questions.Count - 1})") : text;
    }
}
