namespace MockInterviewBot.Groups.Schedules;

/// <summary>
/// Local wall-clock times to instants with <see cref="TimeZoneInfo"/>: a time in a spring-forward gap runs at the end of
/// the gap (02:30 → 03:00); a time that occurs twice in fall-back runs at its first occurrence, once.
/// </summary>
public static class ScheduleClock
{
    /// <summary>A zone by IANA (or Windows) id, case-insensitively; null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => string.Equals(z.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? (string.Equals(id, "utc", StringComparison.OrdinalIgnoreCase) ? TimeZoneInfo.Utc : null);
        }
    }

    /// <summary>The instant of <paramref name="time"/> on the local <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // In the gap: the first valid minute after it.
            var probe = local;
            for (var i = 0; i < 24 * 60 && zone.IsInvalidTime(probe); i++)
            {
                probe = probe.AddMinutes(1);
            }

            local = probe;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The local date of an instant in the zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The occurrence that is due at <paramref name="now"/>: the latest one at or before now on an allowed day, if it is
    /// at most <paramref name="catchUp"/> old (a replica that was down longer skips it rather than posting late).
    /// </summary>
    public static (DateOnly Date, DateTimeOffset At)? Due(DateTimeOffset now, TimeOnly time, IReadOnlySet<DayOfWeek> days, TimeZoneInfo zone, TimeSpan catchUp)
    {
        ArgumentNullException.ThrowIfNull(days);
        var today = LocalDate(now, zone);
        for (var back = 0; back <= 1; back++)
        {
            var date = today.AddDays(-back);
            if (!days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var at = ToInstant(date, time, zone);
            if (at <= now)
            {
                return now - at <= catchUp ? (date, at) : null;
            }
        }

        return null;
    }

    /// <summary>The next occurrence strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset? Next(DateTimeOffset now, TimeOnly time, IReadOnlySet<DayOfWeek> days, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(days);
        var today = LocalDate(now, zone);
        for (var ahead = 0; ahead <= 8; ahead++)
        {
            var date = today.AddDays(ahead);
            if (days.Contains(date.DayOfWeek) && ToInstant(date, time, zone) is var at && at > now)
            {
                return at;
            }
        }

        return null;
    }
}
