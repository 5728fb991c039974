namespace MockInterviewBot.Discord.Rest;

/// <summary>One rate-limit bucket (per bucket hash and major parameter). Requests on it run one at a time.</summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int? Limit { get; set; }

    /// <summary>Requests left in the current window; null when unknown (first request, or after a reset).</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }
}
