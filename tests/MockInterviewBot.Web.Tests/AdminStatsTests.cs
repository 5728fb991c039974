using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;
using MockInterviewBot.Web.Admin;

namespace MockInterviewBot.Web.Tests;

public sealed class AdminStatsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

    private static AdminSessionFacts Facts(DateTimeOffset created, SessionStatus status, Verdict? verdict = null, params (Dimension, int)[] ratings) =>
        new(new TenantRef("slack", "T1"), InterviewMode.Practice, status, created, created.AddMinutes(5), null, verdict,
            ratings.Select(r => new AdminRating(r.Item1, r.Item2)).ToArray());

    [Fact]
    public void Build_MixedSessions_CountsTodayActiveCompletionAndVerdicts()
    {
        var facts = new[]
        {
            Facts(Now.AddHours(-1), SessionStatus.Completed, Verdict.Hire, (Dimension.Ownership, 3)),
            Facts(Now.AddHours(-2), SessionStatus.Completed, Verdict.NoHire, (Dimension.Ownership, 1)),
            Facts(Now.AddMinutes(-10), SessionStatus.Active),
            Facts(Now.AddHours(-3), SessionStatus.Active),
            Facts(Now.AddDays(-3), SessionStatus.Ended, Verdict.Hire, (Dimension.Ownership, 4)),
            Facts(Now.AddDays(-40), SessionStatus.Active),
        };

        var figures = AdminStatsBuilder.Build(facts, Now, 14, TimeSpan.FromMinutes(30));

        Assert.Equal(4, figures.SessionsToday);
        Assert.Equal(1, figures.ActiveSessions);
        Assert.Equal(5, figures.StartedInWindow);
        Assert.Equal(2, figures.CompletedInWindow);
        Assert.Equal(0.4, figures.CompletionRate);
        Assert.Equal(2, figures.Verdicts.Single(v => v.Verdict == "hire").Count);
        Assert.Equal(1, figures.Verdicts.Single(v => v.Verdict == "noHire").Count);
        var ownership = figures.Trend.Series.Single(s => s.Dimension == "ownership");
        Assert.Equal(2.0, ownership.Averages[13]);
        Assert.Equal(4.0, ownership.Averages[10]);
        Assert.Null(ownership.Averages[12]);
        Assert.Equal("2026-02-25", figures.Trend.Days[0]);
    }

    [Fact]
    public void Build_NoSessions_HasNoCompletionRate()
    {
        var figures = AdminStatsBuilder.Build([], Now, 7, TimeSpan.FromMinutes(30));

        Assert.Null(figures.CompletionRate);
        Assert.Equal(7, figures.Trend.Days.Count);
        Assert.All(figures.Trend.Series, s => Assert.All(s.Averages, Assert.Null));
    }
}
