using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterviewBot.Groups.Leaderboard;
using MockInterviewBot.Groups.Pairing;

namespace MockInterviewBot.Groups.Tests;

/// <summary>The Groups sections are validated at start-up: each failure names its key and the value given.</summary>
public sealed class OptionsValidationTests
{
    private static TOptions Resolve<TOptions>(params (string Key, string Value)[] settings) where TOptions : class
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddStudyGroups(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<TOptions>>().Value;
    }

    private static string Failure<TOptions>(params (string Key, string Value)[] settings) where TOptions : class =>
        Assert.Throws<OptionsValidationException>(() => Resolve<TOptions>(settings)).Message;

    [Fact]
    public void Defaults_AreValid()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Resolve<GroupsOptions>().TickInterval);
        Assert.Equal("UTC", Resolve<LeaderboardOptions>().TimeZone);
        Assert.Equal(OddOneOut.Trio, Resolve<PairingOptions>().OddOneOut);
    }

    [Theory]
    [InlineData("00:00:00", "Groups:TickInterval must be between 00:00:01 and 00:10:00 (was 00:00:00)")]
    [InlineData("-00:00:05", "Groups:TickInterval must be between")]
    [InlineData("01:00:00", "Groups:TickInterval must be between")]
    public void TickInterval_OutOfRange_NamesTheKey(string value, string expected) =>
        Assert.Contains(expected, Failure<GroupsOptions>(("Groups:TickInterval", value)), StringComparison.Ordinal);

    [Fact]
    public void CatchUp_ShorterThanATick_IsRejected()
    {
        var message = Failure<GroupsOptions>(("Groups:TickInterval", "00:01:00"), ("Groups:CatchUp", "00:00:30"));

        Assert.Contains("Groups:CatchUp must be between Groups:TickInterval (00:01:00) and 1.00:00:00 (was 00:00:30)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaseDuration_Zero_IsRejected() =>
        Assert.Contains("Groups:LeaseDuration", Failure<GroupsOptions>(("Groups:LeaseDuration", "00:00:00")), StringComparison.Ordinal);

    [Fact]
    public void SeveralGroupsProblems_AreAllListed()
    {
        var ex = Assert.Throws<OptionsValidationException>(() =>
            Resolve<GroupsOptions>(("Groups:TickInterval", "00:00:00"), ("Groups:LeaseDuration", "00:00:01")));

        Assert.Contains(ex.Failures, f => f.StartsWith("Groups:TickInterval", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("Groups:LeaseDuration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Groups:Leaderboard:WindowDays", "0", "Groups:Leaderboard:WindowDays must be between 1 and 365 (was 0)")]
    [InlineData("Groups:Leaderboard:Top", "-3", "Groups:Leaderboard:Top must be between 1 and 25 (was -3)")]
    [InlineData("Groups:Leaderboard:TimeZone", "Mars/Olympus_Mons", "Groups:Leaderboard:TimeZone must be a known IANA or Windows time zone")]
    [InlineData("Groups:Leaderboard:TimeZone", " ", "Groups:Leaderboard:TimeZone")]
    public void Leaderboard_BadValue_NamesTheKey(string key, string value, string expected) =>
        Assert.Contains(expected, Failure<LeaderboardOptions>((key, value)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Groups:Pairing:HistoryRounds", "0", "Groups:Pairing:HistoryRounds must be between 1 and 1000 (was 0)")]
    [InlineData("Groups:Pairing:MaxSnoozeDays", "-1", "Groups:Pairing:MaxSnoozeDays must be between 1 and 365 (was -1)")]
    [InlineData("Groups:Pairing:MinInterval", "-01:00:00", "Groups:Pairing:MinInterval must be between 00:00:00 and 30.00:00:00")]
    [InlineData("Groups:Pairing:OddOneOut", "7", "Groups:Pairing:OddOneOut must be Trio or Wait (was 7)")]
    public void Pairing_BadValue_NamesTheKey(string key, string value, string expected) =>
        Assert.Contains(expected, Failure<PairingOptions>((key, value)), StringComparison.Ordinal);

    [Fact]
    public void Pairing_ZeroMinInterval_IsAllowed() =>
        Assert.Equal(TimeSpan.Zero, Resolve<PairingOptions>(("Groups:Pairing:MinInterval", "00:00:00")).MinInterval);
}
