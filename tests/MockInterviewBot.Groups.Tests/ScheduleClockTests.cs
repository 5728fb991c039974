using MockInterviewBot.Groups.Schedules;

namespace MockInterviewBot.Groups.Tests;

public sealed class ScheduleClockTests
{
    private static readonly TimeZoneInfo Berlin = ScheduleClock.FindZone("Europe/Berlin")!;
    private static readonly IReadOnlySet<DayOfWeek> Weekdays = new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    [Fact]
    public void ToInstant_WinterAndSummer_UsesTheZonesOffsetOfThatDay()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-01-12T08:00:00Z", null), ScheduleClock.ToInstant(new DateOnly(2026, 1, 12), new TimeOnly(9, 0), Berlin).ToUniversalTime());
        Assert.Equal(DateTimeOffset.Parse("2026-07-13T07:00:00Z", null), ScheduleClock.ToInstant(new DateOnly(2026, 7, 13), new TimeOnly(9, 0), Berlin).ToUniversalTime());
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-02T14:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-03-02T00:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-03-02T03:30:00Z")]
    [InlineData("UTC", "2026-03-02T09:00:00Z")]
    public void ToInstant_OtherZones_NineLocalIsTheRightUtcInstant(string zone, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, null), ScheduleClock.ToInstant(new DateOnly(2026, 3, 2), new TimeOnly(9, 0), ScheduleClock.FindZone(zone)!).ToUniversalTime());

    [Fact]
    public void ToInstant_TimeInSpringForwardGap_RunsAtEndOfGap()
    {
        // 2026-03-29: clocks in Berlin jump from 02:00 CET to 03:00 CEST; 02:30 does not exist.
        var at = ScheduleClock.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:00:00Z", null), at.ToUniversalTime());
        Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Berlin).DateTime));
    }

    [Fact]
    public void Due_TimeTwiceInFallBack_DueOnceAtFirstOccurrenceWithOneDateKey()
    {
        // 2026-10-25: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        var every = new HashSet<DayOfWeek>(Enum.GetValues<DayOfWeek>());
        var first = ScheduleClock.Due(DateTimeOffset.Parse("2026-10-25T00:30:00Z", null), new TimeOnly(2, 30), every, Berlin, TimeSpan.FromHours(2));
        var second = ScheduleClock.Due(DateTimeOffset.Parse("2026-10-25T01:30:00Z", null), new TimeOnly(2, 30), every, Berlin, TimeSpan.FromHours(2));
        var before = ScheduleClock.Due(DateTimeOffset.Parse("2026-10-25T00:29:00Z", null), new TimeOnly(2, 30), every, Berlin, TimeSpan.FromMinutes(30));

        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:30:00Z", null), first!.Value.At.ToUniversalTime());
        Assert.Equal(first.Value.Date, second!.Value.Date);
        Assert.Equal(first.Value.At, second.Value.At);
        Assert.NotEqual(new DateOnly(2026, 10, 25), before?.Date);
    }

    [Fact]
    public void Due_Weekend_NotDueForWeekdaySchedule()
    {
        var saturday = DateTimeOffset.Parse("2026-03-07T08:30:00Z", null);

        Assert.Null(ScheduleClock.Due(saturday, new TimeOnly(9, 0), Weekdays, Berlin, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Due_OlderThanCatchUp_Skipped()
    {
        var lateMonday = DateTimeOffset.Parse("2026-03-02T12:00:00Z", null);

        Assert.Null(ScheduleClock.Due(lateMonday, new TimeOnly(9, 0), Weekdays, Berlin, TimeSpan.FromHours(2)));
        Assert.Equal(new DateOnly(2026, 3, 2), ScheduleClock.Due(lateMonday, new TimeOnly(9, 0), Weekdays, Berlin, TimeSpan.FromHours(5))!.Value.Date);
    }

    [Fact]
    public void Next_FridayEvening_IsMondayMorning()
    {
        var next = ScheduleClock.Next(DateTimeOffset.Parse("2026-03-06T18:00:00Z", null), new TimeOnly(9, 0), Weekdays, Berlin);

        Assert.Equal(DateTimeOffset.Parse("2026-03-09T08:00:00Z", null), next!.Value.ToUniversalTime());
    }

    [Fact]
    public void FindZone_LowerCaseIanaName_FindsZone() =>
        Assert.Equal("Europe/Berlin", ScheduleClock.FindZone("europe/berlin")!.Id);
}
