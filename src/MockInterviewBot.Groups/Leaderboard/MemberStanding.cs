using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Groups.Leaderboard;

/// <summary>One person's numbers on the leaderboard.</summary>
public sealed record MemberStanding(
    UserRef User,
    StreakInfo Streak,
    int Sessions,
    int ScoredAnswers,
    double? RecentAverage,
    double? Improvement);
