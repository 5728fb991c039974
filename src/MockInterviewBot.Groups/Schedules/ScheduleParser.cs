using System.Globalization;
using MockInterviewBot.Core.Interviews.Commands;

namespace MockInterviewBot.Groups.Schedules;

/// <summary>What <c>/mock schedule …</c> asked for.</summary>
public enum ScheduleAction
{
    Set,
    List,
    Off,
    Digest,
    DigestOff,
    Help,
}

/// <summary>A parsed schedule command, or an <see cref="Error"/> to show as it is.</summary>
public sealed record ScheduleRequest(ScheduleAction Action)
{
    public TimeOnly Time { get; init; }
    public string? ZoneId { get; init; }
    public IReadOnlySet<DayOfWeek> Days { get; init; } = new HashSet<DayOfWeek>();
    public DayOfWeek? Day { get; init; }
    public string? Framework { get; init; }
    public string? Competency { get; init; }
    public string? Error { get; init; }
}

/// <summary>
/// Parses <c>daily 09:00 Europe/Berlin mon-fri [framework] [competency]</c>, <c>list</c>, <c>off</c>,
/// <c>digest monday 09:00</c> and <c>digest off</c>, with messages that say what was wrong.
/// </summary>
public static class ScheduleParser
{
    public const string Usage = "`schedule daily 09:00 Europe/Berlin mon-fri [framework] [competency]`, `schedule list`, `schedule off`, `schedule digest monday 09:00` or `schedule digest off`";

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static ScheduleRequest Parse(string arguments)
    {
        var words = (arguments ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || words[0].Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return new ScheduleRequest(ScheduleAction.Help);
        }

        var verb = words[0].ToLowerInvariant();
        switch (verb)
        {
            case "list" or "show" when words.Length == 1:
                return new ScheduleRequest(ScheduleAction.List);
            case "off" or "stop" or "remove" or "delete" when words.Length == 1:
                return new ScheduleRequest(ScheduleAction.Off);
            case "digest":
                return ParseDigest(words[1..]);
            case "daily":
                return ParseSet(words[1..]);
            default:
                return char.IsDigit(words[0][0]) ? ParseSet(words) : Fail($"I don't know `schedule {words[0]}`. Use {Usage}.");
        }
    }

    private static ScheduleRequest ParseSet(string[] words)
    {
        if (words.Length < 2)
        {
            return Fail("Say when and in which time zone, e.g. `schedule daily 09:00 Europe/Berlin mon-fri`.");
        }

        if (!TryTime(words[0], out var time))
        {
            return Fail($"`{words[0]}` isn't a time. Use 24-hour HH:MM, e.g. `09:00` or `17:30`.");
        }

        var zone = ScheduleClock.FindZone(words[1]);
        if (zone is null)
        {
            return Fail($"`{words[1]}` isn't a time zone I know. Use an IANA name such as `Europe/Berlin`, `America/New_York` or `UTC`.");
        }

        IReadOnlySet<DayOfWeek> days = AllDays();
        var rest = words[2..].ToList();
        if (rest.Count > 0 && LooksLikeDays(rest[0]))
        {
            if (!TryDays(rest[0], out days))
            {
                return Fail($"`{rest[0]}` isn't a set of days. Use e.g. `mon-fri`, `mon,wed,fri`, `weekdays` or `daily`.");
            }

            rest.RemoveAt(0);
        }

        string? framework = null;
        string? competency = null;
        foreach (var word in rest)
        {
            if (framework is null && competency is null && Vocabulary.TryFramework(word, out var f))
            {
                framework = f;
            }
            else if (competency is null && Vocabulary.TryCompetency(word, out var c))
            {
                competency = c;
            }
            else
            {
                return Fail($"I don't know `{word}` here. After the days you can add a framework (amazon, meta, google, general) and a competency (e.g. ownership).");
            }
        }

        return new ScheduleRequest(ScheduleAction.Set)
        {
            Time = time,
            ZoneId = zone.Id,
            Days = days,
            Framework = framework,
            Competency = competency,
        };
    }

    private static ScheduleRequest ParseDigest(string[] words)
    {
        if (words.Length == 1 && words[0].Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return new ScheduleRequest(ScheduleAction.DigestOff);
        }

        if (words.Length != 2 || !TryDay(words[0], out var day))
        {
            return Fail("Use `schedule digest monday 09:00` (any weekday, 24-hour time in the schedule's zone) or `schedule digest off`.");
        }

        return TryTime(words[1], out var time)
            ? new ScheduleRequest(ScheduleAction.Digest) { Day = day, Time = time }
            : Fail($"`{words[1]}` isn't a time. Use 24-hour HH:MM, e.g. `09:00`.");
    }

    private static ScheduleRequest Fail(string message) => new(ScheduleAction.Help) { Error = message };

    private static bool TryTime(string word, out TimeOnly time) =>
        TimeOnly.TryParseExact(word, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static HashSet<DayOfWeek> AllDays() => [.. Enum.GetValues<DayOfWeek>()];

    private static bool LooksLikeDays(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower is "daily" or "everyday" or "all" or "weekdays" or "weekends" || lower.Contains('-', StringComparison.Ordinal)
            || lower.Contains(',', StringComparison.Ordinal) || TryDay(lower, out _);
    }

    internal static bool TryDays(string word, out IReadOnlySet<DayOfWeek> days)
    {
        var lower = word.ToLowerInvariant();
        HashSet<DayOfWeek> set = [];
        days = set;
        switch (lower)
        {
            case "daily" or "everyday" or "all":
                set.UnionWith(AllDays());
                return true;
            case "weekdays":
                return TryDays("mon-fri", out days);
            case "weekends":
                return TryDays("sat-sun", out days);
        }

        foreach (var part in lower.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-');
            if (range.Length == 1 && TryDay(range[0], out var single))
            {
                set.Add(single);
            }
            else if (range.Length == 2 && TryDay(range[0], out var from) && TryDay(range[1], out var to))
            {
                for (var d = (int)from; ; d = (d + 1) % 7)
                {
                    set.Add((DayOfWeek)d);
                    if (d == (int)to)
                    {
                        break;
                    }
                }
            }
            else
            {
                return false;
            }
        }

        return set.Count > 0;
    }

    internal static bool TryDay(string word, out DayOfWeek day)
    {
        var lower = word.ToLowerInvariant();
        for (var i = 0; i < DayNames.Length; i++)
        {
            if (lower.Length >= 3 && (lower == DayNames[i] || ((DayOfWeek)i).ToString().StartsWith(lower, StringComparison.OrdinalIgnoreCase)))
            {
                day = (DayOfWeek)i;
                return true;
            }
        }

        day = default;
        return false;
    }

    /// <summary>"mon-fri", "every day", "mon, wed, fri" for display.</summary>
    public static string DescribeDays(IReadOnlySet<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 7)
        {
            return "every day";
        }

        if (days.SetEquals([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]))
        {
            return "mon-fri";
        }

        return string.Join(", ", Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7)).Where(days.Contains).Select(d => DayNames[(int)d]));
    }
}
