namespace MockInterviewBot.Slack.Api;

/// <summary>A Web API call that answered <c>ok:false</c> (or failed at the HTTP level). Never carries the token.</summary>
public class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SlackApiException(string method, string error, int httpStatus = 200)
        : base($"Slack {method} failed: {error} (HTTP {httpStatus}).")
    {
        Method = method;
        Error = error;
        HttpStatus = httpStatus;
    }

    public string Method { get; } = "";

    /// <summary>Slack's error code (<c>not_in_channel</c>, <c>invalid_auth</c>…).</summary>
    public string Error { get; } = "";

    public int HttpStatus { get; }

    public SlackErrorKind Kind => SlackErrors.Classify(Error);
}

/// <summary>HTTP 429 <c>ratelimited</c>, or HTTP 200 <c>rate_limited</c>, after the retries ran out.</summary>
public sealed class SlackRateLimitedException(string method, string error, int httpStatus, TimeSpan retryAfter)
    : SlackApiException(method, error, httpStatus)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

public enum SlackErrorKind
{
    Other,
    RateLimited,
    Auth,
    Channel,
    Limits,
    Transient,
}

internal static class SlackErrors
{
    public static SlackErrorKind Classify(string error) => error switch
    {
        "ratelimited" or "rate_limited" => SlackErrorKind.RateLimited,
        "invalid_auth" or "not_authed" or "token_revoked" or "account_inactive" or "token_expired" or "team_disabled" or "user_removed_from_team" or "missing_scope"
            => SlackErrorKind.Auth,
        "not_in_channel" or "channel_not_found" or "is_archived" or "user_not_in_channel" or "cannot_dm_bot" or "messages_tab_disabled"
            => SlackErrorKind.Channel,
        "invalid_blocks" or "invalid_blocks_format" or "msg_blocks_too_long" or "msg_too_long" or "no_text" or "too_many_attachments"
            => SlackErrorKind.Limits,
        "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout" or "timeout" or "http_error"
            => SlackErrorKind.Transient,
        _ => SlackErrorKind.Other,
    };

    /// <summary>Errors after which a Socket Mode client must stop reconnecting.</summary>
    public static bool IsFatalForConnection(string error) =>
        error is "not_authed" or "invalid_auth" or "account_inactive" or "user_removed_from_team" or "team_disabled" or "token_revoked";
}
