namespace MockInterviewBot.Discord.Gateway;

/// <summary>What to do after the socket closed (discord-platform.md §3.4).</summary>
public enum CloseDisposition
{
    /// <summary>Reconnect and RESUME (falls back to IDENTIFY when there is no session).</summary>
    Resume,

    /// <summary>The session is gone: reconnect and IDENTIFY anew.</summary>
    Identify,

    /// <summary>Needs a human (token, intents, shard settings): stop, never retry.</summary>
    Fatal,
}

public static class GatewayCloseCodes
{
    /// <summary>The code we close with when we intend to resume (1000/1001 would end the session).</summary>
    public const int ResumeIntent = 4000;

    public const int AuthenticationFailed = 4004;

    public static CloseDisposition Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => CloseDisposition.Fatal,
        4003 or 4007 or 4009 => CloseDisposition.Identify,
        _ => CloseDisposition.Resume,
    };

    /// <summary>A human-readable explanation for the log line of a fatal close.</summary>
    public static string Describe(int? code) => code switch
    {
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token (Discord:Token) is invalid or was reset",
        4005 => "already authenticated",
        4007 => "invalid resume sequence",
        4008 => "rate limited (gateway send limit)",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required: set Discord:ShardCount to the recommended shard count",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable the Message Content intent on the Bot page of the Developer Portal, or set Discord:GuildChannels=false",
        null => "connection dropped",
        _ => "unrecognized close code",
    };
}
