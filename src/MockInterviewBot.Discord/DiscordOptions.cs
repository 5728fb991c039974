namespace MockInterviewBot.Discord;

/// <summary>The "Discord" configuration section. Discord is enabled when <see cref="Token"/> is set.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>Bot token (Discord:Token / Discord__Token). Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Application id; read from READY when empty.</summary>
    public string ApplicationId { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10/";

    /// <summary>Gateway URL override; empty means ask <c>GET /gateway/bot</c>.</summary>
    public string GatewayUrl { get; set; } = "";

    /// <summary>When set, /mock is registered in these guilds only (instant, but not in DMs); otherwise globally.</summary>
    public List<string> CommandGuildIds { get; set; } = [];

    /// <summary>False: DMs only. True: /mock in a guild channel opens one thread per interview (needs MESSAGE_CONTENT).</summary>
    public bool GuildChannels { get; set; }

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);
}
