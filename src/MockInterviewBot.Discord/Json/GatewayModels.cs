using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterviewBot.Discord.Json;

/// <summary>Every gateway frame: <c>{ op, d, s, t }</c>. <see cref="D"/> stays raw until <see cref="T"/> is known.</summary>
public sealed record GatewayFrame
{
    public int Op { get; init; }
    public JsonElement D { get; init; }
    public int? S { get; init; }
    public string? T { get; init; }
}

public sealed record HelloData
{
    public int HeartbeatInterval { get; init; }
}

public sealed record ReadyData
{
    public int V { get; init; }
    public DiscordUser? User { get; init; }
    public string? SessionId { get; init; }
    public string? ResumeGatewayUrl { get; init; }
    public IReadOnlyList<int>? Shard { get; init; }
    public PartialApplication? Application { get; init; }
    public IReadOnlyList<UnavailableGuild>? Guilds { get; init; }
}

public sealed record PartialApplication
{
    public string? Id { get; init; }
    public long Flags { get; init; }
}

public sealed record UnavailableGuild
{
    public string? Id { get; init; }
    public bool Unavailable { get; init; }
}

public sealed record IdentifyProperties
{
    public required string Os { get; init; }
    public required string Browser { get; init; }
    public required string Device { get; init; }
}

public sealed record PresenceData
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public long? Since { get; init; }
    public IReadOnlyList<JsonElement> Activities { get; init; } = [];
    public string Status { get; init; } = "online";
    public bool Afk { get; init; }
}

public sealed record IdentifyData
{
    public required string Token { get; init; }
    public required IdentifyProperties Properties { get; init; }
    public int Intents { get; init; }
    public IReadOnlyList<int>? Shard { get; init; }
    public PresenceData? Presence { get; init; }
}

public sealed record ResumeData
{
    public required string Token { get; init; }
    public required string SessionId { get; init; }
    public int? Seq { get; init; }
}

/// <summary><c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo
{
    public string? Url { get; init; }
    public int Shards { get; init; }
    public SessionStartLimit? SessionStartLimit { get; init; }
}

public sealed record SessionStartLimit
{
    public int Total { get; init; }
    public int Remaining { get; init; }

    /// <summary>Milliseconds until the daily budget resets.</summary>
    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; } = 1;
}

/// <summary>THREAD_CREATE / CHANNEL_CREATE and the channel objects inside GUILD_CREATE and interactions.</summary>
public sealed record DiscordChannel
{
    public string? Id { get; init; }
    public int Type { get; init; }
    public string? GuildId { get; init; }
    public string? ParentId { get; init; }
    public string? OwnerId { get; init; }
    public string? Name { get; init; }
}

public sealed record GuildCreateData
{
    public string? Id { get; init; }
    public IReadOnlyList<DiscordChannel>? Threads { get; init; }
}
