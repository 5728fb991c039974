using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Groups.Schedules;

/// <summary>
/// A channel's question of the day: posted at <see cref="LocalTime"/> in <see cref="TimeZoneId"/> on <see cref="Days"/>,
/// optionally limited to a framework and competency; plus the weekly digest's day and time in the same zone.
/// One schedule per channel.
/// </summary>
public sealed record QuestionSchedule
{
    public required string Id { get; init; }

    /// <summary>The channel (<see cref="ThreadRef.Thread"/> is null).</summary>
    public required ThreadRef Channel { get; init; }

    public required UserRef CreatedBy { get; init; }

    public required TimeOnly LocalTime { get; init; }

    /// <summary>An IANA zone id as the person typed it after normalising case ("Europe/Berlin").</summary>
    public required string TimeZoneId { get; init; }

    public required IReadOnlySet<DayOfWeek> Days { get; init; }

    public string? Framework { get; init; }

    public string? Competency { get; init; }

    /// <summary>Null: no weekly digest.</summary>
    public DayOfWeek? DigestDay { get; init; } = DayOfWeek.Monday;

    public TimeOnly DigestTime { get; init; } = new(9, 0);

    public required DateTimeOffset CreatedAt { get; init; }
}
