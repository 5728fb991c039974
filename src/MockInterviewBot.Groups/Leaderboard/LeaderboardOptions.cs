namespace MockInterviewBot.Groups.Leaderboard;

/// <summary>Settings of <c>/mock leaderboard</c>, bound from "Groups:Leaderboard".</summary>
public sealed class LeaderboardOptions
{
    public const string SectionName = "Groups:Leaderboard";

    /// <summary>Days of practice the leaderboard looks at.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>IANA or Windows time zone whose calendar days count for streaks (the workspace's zone). Default UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>People listed per section.</summary>
    public int Top { get; set; } = 5;
}
