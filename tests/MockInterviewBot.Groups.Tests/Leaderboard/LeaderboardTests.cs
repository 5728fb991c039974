using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Leaderboard;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Groups.Tests.Leaderboard;

public sealed class LeaderboardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryStore _store = new();
    private readonly ManualTimeProvider _clock = new(Now);

    private LeaderboardCommand Command(string zone = "UTC") =>
        new(_store, _store, _clock, Options.Create(new LeaderboardOptions { TimeZone = zone }));

    [Fact]
    public void Streaks_Compute_CountsLocalCalendarDaysInTheZone()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // 23:30 UTC on the 18th is already the 19th in Berlin; with the 20th that is two days in a row there, not in UTC.
        DateTimeOffset[] times = [new(2026, 11, 18, 23, 30, 0, TimeSpan.Zero), new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)];

        var inBerlin = Streaks.Compute(times, berlin, Now);
        var inUtc = Streaks.Compute(times, TimeZoneInfo.Utc, Now);

        Assert.Equal(new StreakInfo(2, 2, 2), inBerlin);
        Assert.Equal(new StreakInfo(1, 1, 2), inUtc);
    }

    [Fact]
    public void Streaks_Compute_NoPracticeTodayYet_KeepsYesterdaysStreak()
    {
        DateTimeOffset[] times = [Now.AddDays(-3), Now.AddDays(-2), Now.AddDays(-1)];

        var streak = Streaks.Compute(times, TimeZoneInfo.Utc, Now);

        Assert.Equal(3, streak.Current);
        Assert.Equal(0, Streaks.Compute(times, TimeZoneInfo.Utc, Now.AddDays(2)).Current);
    }

    [Fact]
    public async Task Leaderboard_InChannel_NamesOnlyOptedInPeopleWhoPractised()
    {
        await Seed.PractiseAsync(_store, "UALICE", Now.AddDays(-2), 40);
        await Seed.PractiseAsync(_store, "UALICE", Now.AddDays(-1), 80);
        await Seed.PractiseAsync(_store, "UBOB", Now.AddDays(-1), 90);
        await _store.SaveAsync(Seed.User("UBOB"), new UserSettings { LeaderboardOptOut = true }, default);
        await _store.SaveAsync(Seed.User("UCAROL"), new UserSettings(), default); // a member who did not practise

        var board = await Command().HandleAsync(Seed.Command("UALICE", "leaderboard"), "", default);

        var reply = Assert.Single(board.Replies);
        Assert.Equal(ReplyVisibility.Conversation, reply.Visibility);
        var text = Seed.Render(reply);
        Assert.Equal(["UALICE"], Mentions.UserIdsIn(text).Distinct());
        Assert.DoesNotContain("UBOB", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UCAROL", text, StringComparison.Ordinal);
        Assert.Contains("2 people practised (1 not listed by choice)", text, StringComparison.Ordinal);
        Assert.Contains("+40 points", text, StringComparison.Ordinal);
        Assert.Contains("2 days in a row", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaderboard_MostImproved_RanksImprovementNotRawScore()
    {
        await Seed.PractiseAsync(_store, "UHIGH", Now.AddDays(-3), 90);
        await Seed.PractiseAsync(_store, "UHIGH", Now.AddDays(-1), 92);
        await Seed.PractiseAsync(_store, "UGROW", Now.AddDays(-3), 30);
        await Seed.PractiseAsync(_store, "UGROW", Now.AddDays(-1), 70);

        var text = Seed.Text(await Command().HandleAsync(Seed.Command("UHIGH", "leaderboard"), "", default));

        var improved = text[text.IndexOf("Most improved", StringComparison.Ordinal)..];
        Assert.True(improved.IndexOf("UGROW", StringComparison.Ordinal) < improved.IndexOf("UHIGH", StringComparison.Ordinal), improved);
    }

    [Fact]
    public async Task Leaderboard_OptOutThenOptIn_IsStoredInSettingsAndHonored()
    {
        await Seed.PractiseAsync(_store, "UALICE", Now.AddDays(-1), 60);
        var command = Command();

        await command.HandleAsync(Seed.Command("UALICE", "leaderboard optout"), "optout", default);
        var hidden = Seed.Text(await command.HandleAsync(Seed.Command("UALICE", "leaderboard"), "", default));
        Assert.True((await _store.GetAsync(Seed.User("UALICE"), default))!.LeaderboardOptOut);
        Assert.Empty(Mentions.UserIdsIn(hidden));

        await command.HandleAsync(Seed.Command("UALICE", "leaderboard optin"), "optin", default);
        var shown = Seed.Text(await command.HandleAsync(Seed.Command("UALICE", "leaderboard"), "", default));
        Assert.Contains("UALICE", Mentions.UserIdsIn(shown));
    }

    [Fact]
    public async Task Leaderboard_InDm_ShowsOnlyOwnStreaksPrivately()
    {
        await Seed.PractiseAsync(_store, "UALICE", Now.AddDays(-1), 60);
        await Seed.PractiseAsync(_store, "UALICE", Now, 70);
        await Seed.PractiseAsync(_store, "UBOB", Now, 90);

        var reply = Assert.Single((await Command().HandleAsync(Seed.Command("UALICE", "leaderboard", direct: true), "", default)).Replies);

        Assert.Equal(ReplyVisibility.Private, reply.Visibility);
        var text = Seed.Render(reply);
        Assert.Contains("Current streak: 2 days", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UBOB", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaderboard_OldSessions_OutsideTheWindowDoNotCount()
    {
        await Seed.PractiseAsync(_store, "UOLD", Now.AddDays(-45), 60);

        var text = Seed.Text(await Command().HandleAsync(Seed.Command("UALICE", "leaderboard"), "", default));

        Assert.Contains("Nobody has practised", text, StringComparison.Ordinal);
        Assert.Empty(Mentions.UserIdsIn(text));
    }
}
