using System.Globalization;
using System.Net.Http.Headers;

namespace MockInterviewBot.Discord.Rest;

/// <summary>The X-RateLimit-* headers, parsed with the invariant culture (decimals use '.').</summary>
internal sealed record RateLimitHeaders(string? Bucket, int? Limit, int? Remaining, double? ResetAfterSeconds, bool Global, string? Scope)
{
    public static RateLimitHeaders Parse(HttpResponseHeaders headers) => new(
        Get(headers, "X-RateLimit-Bucket"),
        ParseInt(Get(headers, "X-RateLimit-Limit")),
        ParseInt(Get(headers, "X-RateLimit-Remaining")),
        ParseDouble(Get(headers, "X-RateLimit-Reset-After")),
        string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Get(headers, "X-RateLimit-Scope"));

    public static double? ParseDouble(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? parsed : null;

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static string? Get(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
