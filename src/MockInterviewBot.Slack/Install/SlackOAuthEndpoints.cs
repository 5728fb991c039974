using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Slack.Inbound;

namespace MockInterviewBot.Slack.Install;

/// <summary>
/// Multi-workspace install (OAuth v2): GET /slack/install redirects to Slack with a signed, expiring state bound to
/// a cookie; GET /slack/oauth/callback checks both, exchanges the code with oauth.v2.access, learns the bot ids with
/// auth.test and stores one bot token per team.
/// </summary>
internal sealed partial class SlackOAuthEndpoints(
    SlackApiClient api,
    SlackInstallations installations,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackOAuthEndpoints> logger,
    ITenantStore? tenants = null)
{
    public const string StateCookie = "slack_oauth_state";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public IResult Install(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.HasOAuth)
        {
            return Results.NotFound("Multi-workspace install is not configured: set Slack__ClientId and Slack__ClientSecret.");
        }

        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var state = Protect(nonce, time.GetUtcNow().ToUnixTimeSeconds());
        context.Response.Cookies.Append(StateCookie, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = StateLifetime,
            Path = "/slack",
        });

        var query = new StringBuilder()
            .Append("client_id=").Append(Uri.EscapeDataString(settings.ClientId))
            .Append("&scope=").Append(Uri.EscapeDataString(settings.Scopes))
            .Append("&state=").Append(Uri.EscapeDataString(state));
        if (!string.IsNullOrEmpty(settings.RedirectUri))
        {
            query.Append("&redirect_uri=").Append(Uri.EscapeDataString(settings.RedirectUri));
        }

        return Results.Redirect(new UriBuilder(settings.AuthorizeUrl) { Query = query.ToString() }.Uri.ToString());
    }

    public async Task<IResult> CallbackAsync(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.HasOAuth)
        {
            return Results.NotFound("Multi-workspace install is not configured.");
        }

        var request = context.Request;
        if (request.Query["error"] is { Count: > 0 } error)
        {
            return Page(HttpStatusCode.BadRequest, "Installation cancelled", $"Slack reported: {error}.");
        }

        var code = request.Query["code"].ToString();
        var state = request.Query["state"].ToString();
        var cookie = request.Cookies[StateCookie];
        if (string.IsNullOrEmpty(code) || !IsValidState(state, cookie))
        {
            LogBadState(logger);
            return Page(HttpStatusCode.BadRequest, "Installation failed", "The install link expired or was not started here. Open /slack/install again.");
        }

        context.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/slack" });
        try
        {
            var access = await api.OAuthAccessAsync(settings.ClientId, settings.ClientSecret, code, string.IsNullOrEmpty(settings.RedirectUri) ? null : settings.RedirectUri, context.RequestAborted);
            var team = access.Team?.Id;
            if (string.IsNullOrEmpty(team) || string.IsNullOrEmpty(access.AccessToken))
            {
                return Page(HttpStatusCode.BadGateway, "Installation failed", "Slack did not return a bot token.");
            }

            var me = await api.AuthTestAsync(access.AccessToken, context.RequestAborted);
            var botUser = access.BotUserId ?? me.UserId;
            if (tenants is null)
            {
                return Page(HttpStatusCode.InternalServerError, "Installation failed", "No installation store is configured.");
            }

            await tenants.SaveInstallationAsync(new TenantInstallation(new TenantRef(Platforms.Slack, team), access.AccessToken, botUser, time.GetUtcNow()), context.RequestAborted);
            if (botUser is not null)
            {
                installations.Remember(team, botUser);
            }

            LogInstalled(logger, team);
            return Page(HttpStatusCode.OK, "Mock Interviewer is installed", "Type /mock in a channel or DM the bot 'start' to begin.");
        }
        catch (SlackApiException ex)
        {
            LogExchangeFailed(logger, ex.Error);
            return Page(HttpStatusCode.BadGateway, "Installation failed", $"Slack refused the installation ({ex.Error}). Try again.");
        }
    }

    /// <summary>"nonce.issued.mac": the MAC (keyed with the client secret) makes the state unforgeable and replica-independent.</summary>
    internal string Protect(string nonce, long issuedUnixSeconds)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"{nonce}.{issuedUnixSeconds}");
        return payload + "." + Mac(payload);
    }

    internal bool IsValidState(string? state, string? cookieNonce)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookieNonce))
        {
            return false;
        }

        var parts = state.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issued))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(parts[0] + "." + parts[1]));
        var age = time.GetUtcNow().ToUnixTimeSeconds() - issued;
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2]))
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[0]), Encoding.ASCII.GetBytes(cookieNonce))
            && age >= 0 && age <= StateLifetime.TotalSeconds;
    }

    private string Mac(string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.ClientSecret), Encoding.UTF8.GetBytes(payload)));

    private static IResult Page(HttpStatusCode status, string title, string message) =>
        Results.Content(
            $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p></body></html>",
            "text/html; charset=utf-8",
            Encoding.UTF8,
            (int)status);

    [LoggerMessage(EventId = 4800, Level = LogLevel.Information, Message = "Slack app installed in workspace {Team}")]
    private static partial void LogInstalled(ILogger logger, string team);

    [LoggerMessage(EventId = 4801, Level = LogLevel.Warning, Message = "Slack OAuth callback with a missing, forged or expired state")]
    private static partial void LogBadState(ILogger logger);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Warning, Message = "Slack oauth.v2.access failed: {Error}")]
    private static partial void LogExchangeFailed(ILogger logger, string error);
}
