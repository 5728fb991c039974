using System.Globalization;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Web.Admin;

/// <summary>The admin figures, computed from session facts. Pure: the clock and the window come in as arguments.</summary>
internal static class AdminStatsBuilder
{
    public sealed record Figures(
        int SessionsToday,
        int ActiveSessions,
        int StartedInWindow,
        int CompletedInWindow,
        double? CompletionRate,
        IReadOnlyList<VerdictCount> Verdicts,
        DimensionTrend Trend);

    /// <param name="facts">Sessions created in the window plus every active session.</param>
    /// <param name="now">The current time; "today" is its UTC date.</param>
    /// <param name="days">Window length in days, ending today.</param>
    /// <param name="idle">A session idle longer than this no longer counts as active.</param>
    public static Figures Build(IReadOnlyList<AdminSessionFacts> facts, DateTimeOffset now, int days, TimeSpan idle)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = today.AddDays(1 - days);
        var windowStart = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var inWindow = facts.Where(f => f.CreatedAt >= windowStart).ToArray();

        var sessionsToday = inWindow.Count(f => DateOnly.FromDateTime(f.CreatedAt.UtcDateTime) == today);
        var active = facts.Count(f => f.Status == SessionStatus.Active && now - f.UpdatedAt <= idle);
        var completed = inWindow.Count(f => f.Status == SessionStatus.Completed);
        double? rate = inWindow.Length == 0 ? null : Math.Round((double)completed / inWindow.Length, 3);

        var verdicts = new[] { Verdict.StrongHire, Verdict.Hire, Verdict.LeaningNoHire, Verdict.NoHire, Verdict.NotScored }
            .Select(v => new VerdictCount(Labels.Id(v), Labels.Of(v), inWindow.Count(f => f.Verdict == v)))
            .ToArray();

        var dayList = Enumerable.Range(0, days).Select(first.AddDays).ToArray();
        var byDay = inWindow
            .GroupBy(f => DateOnly.FromDateTime(f.CreatedAt.UtcDateTime))
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Ratings).ToArray());
        var series = Enum.GetValues<Dimension>().Select(d => new DimensionSeries(
            Labels.Id(d),
            Labels.Of(d),
            dayList.Select(day => byDay.TryGetValue(day, out var ratings) && ratings.Any(r => r.Dimension == d)
                ? Math.Round(ratings.Where(r => r.Dimension == d).Average(r => r.Rating), 2)
                : (double?)null).ToArray())).ToArray();

        return new Figures(
            sessionsToday,
            active,
            inWindow.Length,
            completed,
            rate,
            verdicts,
            new DimensionTrend(dayList.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(), series));
    }
}
