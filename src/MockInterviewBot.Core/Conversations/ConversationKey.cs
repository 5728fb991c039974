namespace MockInterviewBot.Core.Conversations;

/// <summary>Well-known platform ids. Adapters may add their own; the engine never branches on them.</summary>
public static class Platforms
{
    public const string Slack = "slack";
    public const string Discord = "discord";
    public const string Console = "console";
    public const string Web = "web";
}

/// <summary>
/// Where a message came from: platform, tenant (Slack workspace / Discord guild, or "dm"), channel,
/// thread (null outside threads) and user. One interview session exists per key.
/// </summary>
public readonly record struct ConversationKey(string Platform, string Tenant, string Channel, string? Thread, string User)
{
    public UserRef UserRef => new(Platform, Tenant, User);

    public ThreadRef ThreadRef => new(Platform, Tenant, Channel, Thread);

    public override string ToString() => $"{Platform}/{Tenant}/{Channel}/{Thread ?? "-"}/{User}";
}

/// <summary>A person within one tenant of one platform. Every store query is scoped by it.</summary>
public readonly record struct UserRef(string Platform, string Tenant, string UserId);

/// <summary>A channel or thread within one tenant of one platform.</summary>
public readonly record struct ThreadRef(string Platform, string Tenant, string Channel, string? Thread);

/// <summary>A tenant (Slack workspace, Discord guild) of a platform.</summary>
public readonly record struct TenantRef(string Platform, string Tenant);
