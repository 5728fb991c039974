namespace MockInterviewBot.Discord.Rendering;

/// <summary>
/// Button/select custom_id: <c>mi:v1:{actionId}:{value}</c> (max 100 characters). Versioned so buttons from an
/// older deploy can be answered gracefully.
/// </summary>
public static class CustomIds
{
    public const string Prefix = "mi:v1:";

    public static string Encode(string actionId, string? value)
    {
        var id = $"{Prefix}{actionId}:{value}";
        return id.Length <= DiscordLimits.CustomId ? id : id[..DiscordLimits.CustomId];
    }

    /// <summary>Parses a custom_id; false for ids this version did not make.</summary>
    public static bool TryDecode(string? customId, out string actionId, out string? value)
    {
        actionId = "";
        value = null;
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        actionId = rest[..colon].ToString();
        var raw = rest[(colon + 1)..].ToString();
        value = raw.Length == 0 ? null : raw;
        return true;
    }
}
