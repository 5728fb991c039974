namespace MockInterviewBot.Web;

/// <summary>The "Admin" configuration section. An empty token turns the admin page and API off (404).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The bearer token the admin page sends; env <c>Admin__Token</c>. Never logged.</summary>
    public string Token { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);
}
