using MockInterviewBot.Groups.Schedules;

namespace MockInterviewBot.Groups.Tests;

public sealed class ScheduleParserTests
{
    [Fact]
    public void Parse_FullCommand_ReadsTimeZoneDaysFrameworkCompetency()
    {
        var request = ScheduleParser.Parse("daily 09:00 Europe/Berlin mon-fri amazon ownership");

        Assert.Equal(ScheduleAction.Set, request.Action);
        Assert.Null(request.Error);
        Assert.Equal(new TimeOnly(9, 0), request.Time);
        Assert.Equal("Europe/Berlin", request.ZoneId);
        Assert.Equal(5, request.Days.Count);
        Assert.DoesNotContain(DayOfWeek.Saturday, request.Days);
        Assert.Equal("amazon", request.Framework);
        Assert.Equal("ownership", request.Competency);
    }

    [Theory]
    [InlineData("daily 25:00 Europe/Berlin", "isn't a time")]
    [InlineData("daily 9am Europe/Berlin", "isn't a time")]
    [InlineData("daily 09:00 Mars/Olympus", "isn't a time zone")]
    [InlineData("daily 09:00 UTC mon-funday", "isn't a set of days")]
    [InlineData("daily 09:00 UTC mon-fri pizza", "I don't know `pizza`")]
    [InlineData("weekly 09:00 UTC", "I don't know `schedule weekly`")]
    [InlineData("digest someday 09:00", "schedule digest monday 09:00")]
    public void Parse_BadInput_ClearMessage(string arguments, string expected)
    {
        var request = ScheduleParser.Parse(arguments);

        Assert.Contains(expected, request.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mon,wed,fri", "mon, wed, fri")]
    [InlineData("weekdays", "mon-fri")]
    [InlineData("daily", "every day")]
    [InlineData("fri-mon", "mon, fri, sat, sun")]
    public void TryDays_Specs_ExpectedDays(string spec, string described)
    {
        Assert.True(ScheduleParser.TryDays(spec, out var days));
        Assert.Equal(described, ScheduleParser.DescribeDays(days));
    }

    [Fact]
    public void Parse_ListOffDigest_Actions()
    {
        Assert.Equal(ScheduleAction.List, ScheduleParser.Parse("list").Action);
        Assert.Equal(ScheduleAction.Off, ScheduleParser.Parse("off").Action);
        Assert.Equal(ScheduleAction.DigestOff, ScheduleParser.Parse("digest off").Action);
        var digest = ScheduleParser.Parse("digest friday 16:30");
        Assert.Equal((ScheduleAction.Digest, DayOfWeek.Friday, new TimeOnly(16, 30)), (digest.Action, digest.Day, digest.Time));
    }
}
