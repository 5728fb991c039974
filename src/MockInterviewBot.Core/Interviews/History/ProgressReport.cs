using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.History;

/// <summary>How a dimension's ratings moved over a person's scored answers.</summary>
public sealed record DimensionTrend(Dimension Dimension, IReadOnlyList<int> Ratings)
{
    /// <summary>Mean of the most recent ratings (up to <see cref="ProgressReport.RecentWindow"/>).</summary>
    public double RecentAverage => Ratings.TakeLast(ProgressReport.RecentWindow).Average();

    /// <summary>Average of the latest ratings minus that of the first ones (halves when there are few); 0 with fewer than two.</summary>
    public double Change
    {
        get
        {
            if (Ratings.Count < 2)
            {
                return 0;
            }

            var window = ProgressReport.WindowFor(Ratings.Count);
            return Ratings.TakeLast(window).Average() - Ratings.Take(window).Average();
        }
    }
}

/// <summary>
/// A person's progress computed from their sessions: the scored answers in time order, per-dimension trends, the
/// weakest dimension (lowest recent average) and the improvement of the overall score (first answers vs recent).
/// </summary>
public sealed class ProgressReport
{
    /// <summary>How many answers count as "recent" (and as "first") when averaging.</summary>
    public const int RecentWindow = 5;

    /// <summary>At most this many points are drawn per sparkline.</summary>
    public const int SparklinePoints = 12;

    private ProgressReport(IReadOnlyList<ScoredAnswer> answers)
    {
        Answers = answers;
        Trends = Enum.GetValues<Dimension>()
            .Select(d => new DimensionTrend(d, answers.SelectMany(a => a.Card.Dimensions.Where(s => s.Name == d).Select(s => s.Rating)).ToArray()))
            .Where(t => t.Ratings.Count > 0)
            .ToArray();
    }

    /// <summary>Scored answers (verdict other than Not scored), oldest first.</summary>
    public IReadOnlyList<ScoredAnswer> Answers { get; }

    /// <summary>Dimensions that were rated at least once, in dimension order.</summary>
    public IReadOnlyList<DimensionTrend> Trends { get; }

    /// <summary>The lowest recent average (ties: the dimension listed first); null before any scored answer.</summary>
    public DimensionTrend? Weakest => Trends.OrderBy(t => Math.Round(t.RecentAverage, 6)).ThenBy(t => t.Dimension).FirstOrDefault();

    /// <summary>Mean overall score of the first answers, or null before any.</summary>
    public double? FirstAverage => Answers.Count == 0 ? null : Answers.Take(Window).Average(a => a.Card.Overall);

    /// <summary>Mean overall score of the most recent answers, or null before any.</summary>
    public double? RecentAverage => Answers.Count == 0 ? null : Answers.TakeLast(Window).Average(a => a.Card.Overall);

    /// <summary>Recent minus first average overall score; null with fewer than two scored answers.</summary>
    public double? Improvement => Answers.Count < 2 ? null : RecentAverage - FirstAverage;

    private int Window => WindowFor(Answers.Count);

    /// <summary>Size of the "first" and "recent" windows: up to <see cref="RecentWindow"/>, halves when there are few so they do not overlap.</summary>
    public static int WindowFor(int count) => Math.Max(1, Math.Min(RecentWindow, count / 2));

    public static ProgressReport From(IEnumerable<InterviewSession> sessions)
    {
        var answers = sessions
            .SelectMany(s => s.Questions.Select((q, i) => (Session: s, Question: q, Index: i)))
            .Where(x => x.Question.Scorecard is { Verdict: not Verdict.NotScored })
            .Select(x => new ScoredAnswer(x.Session, x.Question, x.Question.Scorecard!, AnsweredAt(x.Session, x.Question)))
            .OrderBy(a => a.At)
            .ThenBy(a => a.Session.Id, StringComparer.Ordinal)
            .ToArray();
        return new ProgressReport(answers);
    }

    private static DateTimeOffset AnsweredAt(InterviewSession session, QuestionRecord question)
    {
        var parts = question.Answer.Where(p => !p.Deleted).ToArray();
        return parts.Length > 0 ? parts.Max(p => p.At) : session.CompletedAt ?? session.UpdatedAt;
    }
}
