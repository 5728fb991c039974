namespace MockInterviewBot.Slack.Configuration;

public enum SlackMode
{
    SocketMode,
    Http,
}

/// <summary>Where feedback goes when neither the person nor the workspace chose: the thread, or an ephemeral message.</summary>
public enum SlackFeedbackVisibility
{
    Thread,
    Ephemeral,
}

/// <summary>The "Slack" configuration section. Environment variables use <c>Slack__Key</c>.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public SlackMode Mode { get; set; } = SlackMode.SocketMode;

    /// <summary>xoxb- bot token for a single workspace (optional when workspaces install through OAuth).</summary>
    public string BotToken { get; set; } = "";

    /// <summary>xapp- app-level token with connections:write (Socket Mode).</summary>
    public string AppToken { get; set; } = "";

    /// <summary>Signing secret used to verify HTTP requests (HTTP mode).</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>Web API base; method names are appended.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    public SlackFeedbackVisibility FeedbackVisibility { get; set; } = SlackFeedbackVisibility.Thread;

    /// <summary>OAuth v2 client id (multi-workspace install).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>OAuth v2 client secret (multi-workspace install).</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Redirect URL registered in the app settings (optional; Slack uses the app's only URL otherwise).</summary>
    public string RedirectUri { get; set; } = "";

    /// <summary>Slack's OAuth authorize page.</summary>
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>Bot scopes requested by GET /slack/install.</summary>
    public string Scopes { get; set; } = "app_mentions:read,channels:history,groups:history,im:history,chat:write,commands,im:write";

    /// <summary>Messages per second per channel (Slack allows about one).</summary>
    public double MessagesPerSecondPerChannel { get; set; } = 1;

    /// <summary>Messages a channel may receive back to back before pacing starts.</summary>
    public int ChannelBurst { get; set; } = 3;

    /// <summary>Retries for 429, rate_limited, 5xx and timeouts.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Per-attempt Web API timeout.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound of the Socket Mode reconnect backoff.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Appends debug_reconnects=true to Socket Mode URLs (Slack then recycles connections every ~6 minutes).</summary>
    public bool DebugReconnects { get; set; }

    public bool HasBotToken => !string.IsNullOrWhiteSpace(BotToken);

    public bool HasOAuth => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>Slack runs when a bot token (or OAuth credentials for multi-workspace installs) is configured.</summary>
    public bool Enabled => HasBotToken || HasOAuth;
}
