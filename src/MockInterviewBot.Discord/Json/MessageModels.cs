using System.Text.Json;

namespace MockInterviewBot.Discord.Json;

public sealed record DiscordUser
{
    public string? Id { get; init; }
    public string? Username { get; init; }
    public string? GlobalName { get; init; }
    public string? Discriminator { get; init; }
    public bool Bot { get; init; }
    public bool System { get; init; }
}

public sealed record GuildMember
{
    public DiscordUser? User { get; init; }
    public string? Nick { get; init; }

    /// <summary>The member's permissions in the channel (a decimal bit-set string; sent with interactions).</summary>
    public string? Permissions { get; init; }
}

/// <summary>MESSAGE_CREATE payload (a message object plus guild fields). Unknown members are ignored.</summary>
public sealed record DiscordMessage
{
    public string? Id { get; init; }
    public string? ChannelId { get; init; }
    public string? GuildId { get; init; }
    public int? ChannelType { get; init; }
    public DiscordUser? Author { get; init; }
    public GuildMember? Member { get; init; }
    public string? Content { get; init; }
    public string? Timestamp { get; init; }
    public int Type { get; init; }
    public long Flags { get; init; }
    public string? WebhookId { get; init; }
    public string? ApplicationId { get; init; }
    public JsonElement Nonce { get; init; }
    public IReadOnlyList<DiscordUser>? Mentions { get; init; }
    public IReadOnlyList<EmbedPayload>? Embeds { get; init; }
    public IReadOnlyList<ComponentPayload>? Components { get; init; }
}

/// <summary>INTERACTION_CREATE payload.</summary>
public sealed record DiscordInteraction
{
    public string? Id { get; init; }
    public string? ApplicationId { get; init; }
    public int Type { get; init; }
    public InteractionData? Data { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }
    public DiscordChannel? Channel { get; init; }
    public GuildMember? Member { get; init; }
    public DiscordUser? User { get; init; }
    public string? Token { get; init; }
    public int Version { get; init; }
    public DiscordMessage? Message { get; init; }
    public string? Locale { get; init; }
    public int? Context { get; init; }

    /// <summary>The person who acted: <c>member.user</c> in a guild, <c>user</c> in a DM.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}

public sealed record InteractionData
{
    public string? Name { get; init; }
    public int Type { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }
    public string? CustomId { get; init; }
    public int? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
}

public sealed record InteractionOption
{
    public string? Name { get; init; }
    public int Type { get; init; }
    public JsonElement Value { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }
    public bool Focused { get; init; }
}

/// <summary>Discord's error body, including 429s (<c>retry_after</c> in fractional seconds).</summary>
public sealed record DiscordErrorBody
{
    public int Code { get; init; }
    public string? Message { get; init; }
    public double? RetryAfter { get; init; }
    public bool Global { get; init; }
}
