using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups.Schedules;

namespace MockInterviewBot.Groups.Tests;

public sealed class ScheduleCommandTests
{
    private readonly GroupHarness _h = new(DateTimeOffset.Parse("2026-03-02T10:00:00Z", CultureInfo.InvariantCulture));
    private int _ids;

    private ScheduleCommand Command => new(_h.Groups, _h.Clock);

    private InboundEvent Slash(string user, bool? admin = null, bool direct = false) => new()
    {
        Key = new ConversationKey(Platforms.Slack, "T1", direct ? "D0DM" : GroupHarness.Channel.Channel, null, user),
        Kind = InboundKind.Command,
        MessageId = "c" + Interlocked.Increment(ref _ids),
        Timestamp = _h.Clock.GetUtcNow(),
        IsChannelAdmin = admin,
        IsDirect = direct,
    };

    private async Task<string> RunAsync(string arguments, string user = "UADMIN", bool? admin = null, bool direct = false) =>
        Assert.Single((await Command.HandleAsync(Slash(user, admin, direct), arguments, CancellationToken.None)).Replies).FallbackText;

    [Fact]
    public async Task HandleAsync_SetThenList_SavesAndDescribesNextRun()
    {
        var set = await RunAsync("daily 09:00 Europe/Berlin mon-fri amazon ownership");
        var list = await RunAsync("list", user: "USOMEONE");

        Assert.StartsWith("Scheduled.", set, StringComparison.Ordinal);
        var saved = await _h.Groups.GetScheduleAsync(GroupHarness.Channel, CancellationToken.None);
        Assert.Equal(("Europe/Berlin", "amazon", "ownership"), (saved!.TimeZoneId, saved.Framework, saved.Competency));
        Assert.Contains("09:00 Europe/Berlin, mon-fri (amazon ownership)", list, StringComparison.Ordinal);
        Assert.Contains("Next: Tue 2026-03-03 09:00", list, StringComparison.Ordinal);
        Assert.Contains("Weekly digest: Monday 09:00", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SlackNonCreatorTurnsOff_RefusedAndScheduleKept()
    {
        await RunAsync("daily 09:00 UTC");

        var reply = await RunAsync("off", user: "UOTHER");

        Assert.Contains("Only the person who set", reply, StringComparison.Ordinal);
        Assert.NotNull(await _h.Groups.GetScheduleAsync(GroupHarness.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_PlatformSaysNotAdmin_Refused()
    {
        var reply = await RunAsync("daily 09:00 UTC", user: "UMEMBER", admin: false);

        Assert.Contains("Only channel admins", reply, StringComparison.Ordinal);
        Assert.Null(await _h.Groups.GetScheduleAsync(GroupHarness.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_PlatformSaysAdmin_MayReplaceSomeoneElsesSchedule()
    {
        await RunAsync("daily 09:00 UTC", user: "UFIRST", admin: true);

        var reply = await RunAsync("daily 10:30 Asia/Tokyo weekends", user: "USECOND", admin: true);

        Assert.StartsWith("Replaced", reply, StringComparison.Ordinal);
        Assert.Equal("Asia/Tokyo", (await _h.Groups.GetScheduleAsync(GroupHarness.Channel, CancellationToken.None))!.TimeZoneId);
    }

    [Fact]
    public async Task HandleAsync_OffAndDigestChanges_Applied()
    {
        await RunAsync("daily 09:00 UTC");
        await RunAsync("digest friday 16:00");
        var digest = (await _h.Groups.GetScheduleAsync(GroupHarness.Channel, CancellationToken.None))!;
        var off = await RunAsync("off");

        Assert.Equal((DayOfWeek.Friday, new TimeOnly(16, 0)), (digest.DigestDay, digest.DigestTime));
        Assert.StartsWith("Done", off, StringComparison.Ordinal);
        Assert.Null(await _h.Groups.GetScheduleAsync(GroupHarness.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_InDirectMessage_AsksForAChannel()
    {
        var reply = await RunAsync("daily 09:00 UTC", direct: true);

        Assert.Contains("run this command in the channel", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_BadZone_ClearErrorNothingSaved()
    {
        var reply = await RunAsync("daily 09:00 Europe/Atlantis");

        Assert.Contains("isn't a time zone", reply, StringComparison.Ordinal);
        Assert.Null(await _h.Groups.GetScheduleAsync(GroupHarness.Channel, CancellationToken.None));
    }
}
