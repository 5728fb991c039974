namespace MockInterviewBot.Groups.Leaderboard;

/// <summary>A person's practice-day streaks: consecutive local calendar days with at least one session.</summary>
public sealed record StreakInfo(int Current, int Longest, int PracticeDays);

/// <summary>Counts practice days in a time zone (the day a session started, in that zone's local calendar).</summary>
public static class Streaks
{
    /// <summary>
    /// The current streak counts back from today, or from yesterday when today has no practice yet (a streak is not
    /// broken until a whole day passes without practice).
    /// </summary>
    public static StreakInfo Compute(IEnumerable<DateTimeOffset> practicedAt, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var days = practicedAt.Select(t => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime)).ToHashSet();
        if (days.Count == 0)
        {
            return new StreakInfo(0, 0, 0);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var start = days.Contains(today) ? today : today.AddDays(-1);
        var current = 0;
        for (var day = start; days.Contains(day); day = day.AddDays(-1))
        {
            current++;
        }

        var longest = 0;
        var run = 0;
        DateOnly? previous = null;
        foreach (var day in days.Order())
        {
            run = previous is { } p && p.AddDays(1) == day ? run + 1 : 1;
            longest = Math.Max(longest, run);
            previous = day;
        }

        return new StreakInfo(current, longest, days.Count);
    }
}
