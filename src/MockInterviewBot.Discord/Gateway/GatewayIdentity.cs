namespace MockInterviewBot.Discord.Gateway;

/// <summary>What IDENTIFY sends: the raw token (no "Bot " prefix), intents and the shard.</summary>
internal sealed record GatewayIdentity(string Token, GatewayIntents Intents, int ShardId, int ShardCount);
