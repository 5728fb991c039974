namespace MockInterviewBot.Storage.Sql;

/// <summary>Times are stored as UTC milliseconds since the Unix epoch (BIGINT) in both providers.</summary>
internal static class UnixTime
{
    public static long ToMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToMs(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
