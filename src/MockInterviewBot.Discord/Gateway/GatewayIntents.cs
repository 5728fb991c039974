namespace MockInterviewBot.Discord.Gateway;

/// <summary>Gateway intent bits (discord-platform.md §2.2).</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged; only needed to read un-mentioned guild messages (interview threads).</summary>
    MessageContent = 1 << 15,
}

public static class GatewayIntentSets
{
    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES, plus MESSAGE_CONTENT when guild channels are enabled.</summary>
    public static GatewayIntents For(bool guildChannels)
    {
        var intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;
        return guildChannels ? intents | GatewayIntents.MessageContent : intents;
    }
}
