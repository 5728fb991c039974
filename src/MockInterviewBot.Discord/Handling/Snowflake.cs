namespace MockInterviewBot.Discord.Handling;

internal static class Snowflake
{
    private const long DiscordEpochMs = 1420070400000;

    /// <summary>When the snowflake was created; null when the id is not a snowflake.</summary>
    public static DateTimeOffset? CreatedAt(string? id) =>
        ulong.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(value >> 22) + DiscordEpochMs)
            : null;
}
