using System.Net;

namespace MockInterviewBot.Discord.Rest;

/// <summary>A Discord REST call failed. The message names the route template, never a token.</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(HttpStatusCode status, int code, string route, string? discordMessage)
        : base($"Discord {route} failed: {(int)status} (code {code}) {discordMessage}")
    {
        Status = status;
        Code = code;
        Route = route;
    }

    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code (10062 unknown interaction, 40060 already acknowledged, 50007 cannot DM…).</summary>
    public int Code { get; }

    public string? Route { get; }
}
