namespace MockInterviewBot.Groups;

/// <summary>The "Groups" configuration section.</summary>
public sealed class GroupsOptions
{
    public const string SectionName = "Groups";

    /// <summary>False: no scheduler runs (commands still answer). Groups__SchedulerEnabled.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due posts. Groups__TickInterval.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A post more than this late (all replicas down) is skipped rather than sent late. Groups__CatchUp.</summary>
    public TimeSpan CatchUp { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long one replica's claim on a schedule's runs lasts. Groups__LeaseDuration.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
}
