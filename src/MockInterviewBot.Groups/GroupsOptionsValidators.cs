using Microsoft.Extensions.Options;
using MockInterviewBot.Groups.Leaderboard;
using MockInterviewBot.Groups.Pairing;

namespace MockInterviewBot.Groups;

/// <summary>Start-up validation of "Groups"; each message names the key, the allowed range and the value given.</summary>
internal sealed class GroupsOptionsValidator : IValidateOptions<GroupsOptions>
{
    public ValidateOptionsResult Validate(string? name, GroupsOptions options)
    {
        var failures = new List<string>();
        OptionRules.Between(failures, "Groups:TickInterval", options.TickInterval, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        // A post is looked at once per tick, so a catch-up window shorter than a tick would skip posts that are merely waiting for it.
        var minCatchUp = options.TickInterval > TimeSpan.Zero ? options.TickInterval : TimeSpan.FromSeconds(1);
        if (options.CatchUp < minCatchUp || options.CatchUp > TimeSpan.FromDays(1))
        {
            failures.Add($"Groups:CatchUp must be between Groups:TickInterval ({minCatchUp}) and 1.00:00:00 (was {options.CatchUp}).");
        }

        OptionRules.Between(failures, "Groups:LeaseDuration", options.LeaseDuration, TimeSpan.FromSeconds(10), TimeSpan.FromDays(1));
        return OptionRules.Result(failures);
    }
}

/// <summary>Start-up validation of "Groups:Leaderboard".</summary>
internal sealed class LeaderboardOptionsValidator : IValidateOptions<LeaderboardOptions>
{
    public ValidateOptionsResult Validate(string? name, LeaderboardOptions options)
    {
        var failures = new List<string>();
        OptionRules.Between(failures, "Groups:Leaderboard:WindowDays", options.WindowDays, 1, 365);
        OptionRules.Between(failures, "Groups:Leaderboard:Top", options.Top, 1, 25);
        var zone = options.TimeZone?.Trim() ?? "";
        if (zone.Length == 0 || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            failures.Add($"Groups:Leaderboard:TimeZone must be a known IANA or Windows time zone such as UTC or Europe/Berlin (was '{zone}').");
        }

        return OptionRules.Result(failures);
    }
}

/// <summary>Start-up validation of "Groups:Pairing".</summary>
internal sealed class PairingOptionsValidator : IValidateOptions<PairingOptions>
{
    public ValidateOptionsResult Validate(string? name, PairingOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.OddOneOut))
        {
            failures.Add($"Groups:Pairing:OddOneOut must be Trio or Wait (was {(int)options.OddOneOut}).");
        }

        OptionRules.Between(failures, "Groups:Pairing:MinInterval", options.MinInterval, TimeSpan.Zero, TimeSpan.FromDays(30));
        OptionRules.Between(failures, "Groups:Pairing:HistoryRounds", options.HistoryRounds, 1, 1000);
        OptionRules.Between(failures, "Groups:Pairing:MaxSnoozeDays", options.MaxSnoozeDays, 1, 365);
        return OptionRules.Result(failures);
    }
}

internal static class OptionRules
{
    public static void Between(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max} (was {value}).");
        }
    }

    public static void Between(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max} (was {value}).");
        }
    }

    public static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
