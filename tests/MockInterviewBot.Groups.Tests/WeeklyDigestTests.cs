using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Digest;
using MockInterviewBot.Groups.Schedules;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Groups.Tests;

public sealed class WeeklyDigestTests
{
    private static readonly DateTimeOffset WeekEnd = DateTimeOffset.Parse("2026-03-09T08:00:00Z", CultureInfo.InvariantCulture); // Mon 09:00 Berlin
    private static readonly TimeZoneInfo Berlin = ScheduleClock.FindZone("Europe/Berlin")!;
    private const string SecretAnswer = "I rebuilt the on-call rota myself and cut pages by 40 percent";

    private static InterviewSession Session(string user, DateTimeOffset at, string scenario, int overall, Verdict verdict, params string[] flags) => new()
    {
        Id = $"{user}-{at.ToUnixTimeSeconds()}",
        Key = new ConversationKey(Platforms.Slack, "T1", "C0STUDY", "1.1", user),
        Mode = InterviewMode.Practice,
        CreatedAt = at,
        Questions =
        [
            new QuestionRecord
            {
                ScenarioId = scenario,
                QuestionText = "Question " + scenario,
                Answer = [new AnswerPart { MessageId = "a", Text = SecretAnswer, At = at }],
                Scorecard = new Scorecard
                {
                    Overall = overall,
                    Verdict = verdict,
                    Level = Level.Mid,
                    Framework = "general",
                    RedFlags = flags.Select(f => new RedFlag { Kind = f, Start = 0, Length = 1, Text = "x" }).ToArray(),
                    Dimensions = [new DimensionScore { Name = Dimension.Impact, Rating = 1, Reason = "r" }, new DimensionScore { Name = Dimension.Ownership, Rating = 3, Reason = "r" }],
                },
            },
        ],
    };

    private static IReadOnlyList<InterviewSession> Seeded() =>
    [
        // Earlier week: U1's baseline.
        Session("U1", WeekEnd.AddDays(-10), "amazon-ownership-1", 1, Verdict.NoHire, RedFlagKinds.VagueResult),
        // This week: U1 practises three days in a row up to Sunday; U2 once; U3 once on the hard question.
        Session("U1", WeekEnd.AddDays(-3), "amazon-ownership-1", 3, Verdict.Hire, RedFlagKinds.VagueResult),
        Session("U1", WeekEnd.AddDays(-2), "general-conflict-1", 3, Verdict.Hire),
        Session("U1", WeekEnd.AddDays(-1), "amazon-ownership-2", 4, Verdict.StrongHire, RedFlagKinds.WeDominant),
        Session("U2", WeekEnd.AddDays(-4), "general-conflict-1", 1, Verdict.NoHire, RedFlagKinds.VagueResult, RedFlagKinds.Blame),
        Session("U3", WeekEnd.AddDays(-5), "general-conflict-1", 2, Verdict.LeaningNoHire, RedFlagKinds.VagueResult),
    ];

    [Fact]
    public void Build_SeededWeek_ParticipationStreakImprovedHardestMistakes()
    {
        var h = new GroupHarness(WeekEnd);

        var digest = WeeklyDigest.Build(Seeded(), WeekEnd, Berlin, h.Catalog, quoteAllowed: false);

        Assert.Equal((3, 5), (digest.Participants, digest.Answers));
        Assert.Contains("3 people practised 5 scored answers", digest.Summary.FallbackText, StringComparison.Ordinal);
        var details = digest.Details.FallbackText;
        Assert.Contains("**Participation:** 3 people, 5 sessions, 5 scored answers.", details, StringComparison.Ordinal);
        Assert.Contains("1 person is on a practice streak; the longest is 3 days", details, StringComparison.Ordinal);
        Assert.Contains("average score rose by 2.3 points", details, StringComparison.Ordinal);
        Assert.Contains("Hardest question:** \"Tell me about a disagreement with a colleague.\" (average score 2 over 3 answers)", details, StringComparison.Ordinal);
        Assert.Contains("Most common mistakes:** weak impact (5×); vague results without numbers (3×)", details, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretAnswer, details, StringComparison.Ordinal);
        Assert.DoesNotContain("U1", details + digest.Summary.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TenantShowsFeedbackInThreads_QuotesStrongestAnswer()
    {
        var h = new GroupHarness(WeekEnd);

        var digest = WeeklyDigest.Build(Seeded(), WeekEnd, Berlin, h.Catalog, quoteAllowed: true);

        Assert.Contains(digest.Details.Blocks, b => b is QuoteBlock q && q.Text == SecretAnswer);
    }

    [Fact]
    public void Build_QuietWeek_EncouragingSummaryNoDetails()
    {
        var h = new GroupHarness(WeekEnd);

        var digest = WeeklyDigest.Build([], WeekEnd, Berlin, h.Catalog, quoteAllowed: false);

        Assert.Equal(0, digest.Participants);
        Assert.Contains("nobody practised here this week", digest.Summary.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_DigestDue_PostsShortSummaryAndDetailsInItsThread()
    {
        var h = new GroupHarness(WeekEnd);
        foreach (var session in Seeded())
        {
            await h.Store.SaveAsync(session, CancellationToken.None);
        }

        await h.Groups.SaveScheduleAsync(GroupHarness.Schedule(time: "12:00", digest: DayOfWeek.Monday), CancellationToken.None);
        await h.Store.SaveSettingsAsync(new TenantRef(Platforms.Slack, "T1"), new TenantSettings { FeedbackVisibility = FeedbackVisibility.Private }, CancellationToken.None);

        var posted = await h.Scheduler().RunOnceAsync(CancellationToken.None);

        Assert.Single(posted, p => p.EndsWith("/digest:2026-03-09", StringComparison.Ordinal));
        Assert.Equal(2, h.Messenger.Records.Count);
        Assert.Null(h.Messenger.Records[0].Thread.Thread);
        Assert.Equal("m1", h.Messenger.Records[1].Thread.Thread);
        Assert.Contains("3 people practised", h.Messenger.Records[0].Reply.FallbackText, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretAnswer, h.Messenger.Records[1].Reply.FallbackText, StringComparison.Ordinal);
    }
}
