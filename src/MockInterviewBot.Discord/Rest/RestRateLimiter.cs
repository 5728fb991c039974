using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MockInterviewBot.Discord.Rest;

/// <summary>
/// Pre-emptive REST rate limiting: per-route buckets learned from X-RateLimit-* headers (keyed by bucket hash and
/// major parameter, one request in flight per bucket), a global gate of 50 requests/s, and a global pause after a
/// global 429. Waiting happens before a request, so the limits are not approached.
/// </summary>
internal sealed partial class RestRateLimiter(TimeProvider time, ILogger<RestRateLimiter> logger)
{
    private const int GlobalPerSecond = 50;

    /// <summary>Added to every reset so clock granularity never makes us early.</summary>
    private static readonly TimeSpan Safety = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _globalWindow = new();
    private readonly Lock _globalGate = new();
    private DateTimeOffset _globalUntil;
    private long _invalidRequests;

    /// <summary>401/403/429 responses seen (Cloudflare bans an IP at 10,000 per 10 minutes).</summary>
    public long InvalidRequests => Interlocked.Read(ref _invalidRequests);

    public async Task<RateLimitBucket> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (bucket.Remaining is <= 0 && bucket.ResetAt > now)
            {
                var wait = bucket.ResetAt - now + Safety;
                LogBucketWait(logger, route.TemplateKey, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken);
            }

            if (bucket.Remaining is <= 0)
            {
                bucket.Remaining = null;
            }

            if (!route.ExemptFromGlobal)
            {
                await WaitGlobalAsync(cancellationToken);
            }

            if (bucket.Remaining is { } remaining)
            {
                bucket.Remaining = remaining - 1;
            }

            return bucket;
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    public static void Release(RateLimitBucket bucket) => bucket.Gate.Release();

    /// <summary>Learns the bucket from response headers.</summary>
    public void Update(RateLimitBucket bucket, RestRoute route, RateLimitHeaders headers)
    {
        if (headers.Bucket is { Length: > 0 } hash)
        {
            _hashes[route.TemplateKey] = hash;

            // Routes sharing a hash share one bucket object (and so one queue).
            _buckets.TryAdd($"{hash}:{route.MajorId}", bucket);
        }

        if (headers.Limit is { } limit)
        {
            bucket.Limit = limit;
        }

        if (headers.Remaining is { } remaining)
        {
            bucket.Remaining = remaining;
        }

        if (headers.ResetAfterSeconds is { } resetAfter)
        {
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
        }
    }

    /// <summary>A non-global 429 on this bucket: empty it until retry_after has passed.</summary>
    public void Exhaust(RateLimitBucket bucket, TimeSpan retryAfter)
    {
        bucket.Remaining = 0;
        bucket.ResetAt = time.GetUtcNow() + retryAfter;
    }

    /// <summary>A global 429: pause every non-exempt request.</summary>
    public void BlockGlobally(TimeSpan retryAfter)
    {
        lock (_globalGate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _globalUntil)
            {
                _globalUntil = until;
            }
        }
    }

    public void CountInvalid() => Interlocked.Increment(ref _invalidRequests);

    private RateLimitBucket BucketFor(RestRoute route)
    {
        var key = _hashes.TryGetValue(route.TemplateKey, out var hash)
            ? $"{hash}:{route.MajorId}"
            : $"{route.TemplateKey}:{route.MajorId}";
        return _buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    private async Task WaitGlobalAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalGate)
            {
                var now = time.GetUtcNow();
                while (_globalWindow.Count > 0 && _globalWindow.Peek() + TimeSpan.FromSeconds(1) <= now)
                {
                    _globalWindow.Dequeue();
                }

                if (_globalUntil > now)
                {
                    wait = _globalUntil - now;
                }
                else if (_globalWindow.Count >= GlobalPerSecond)
                {
                    wait = _globalWindow.Peek() + TimeSpan.FromSeconds(1) - now;
                }
                else
                {
                    _globalWindow.Enqueue(now);
                    return;
                }
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 5300, Level = LogLevel.Debug, Message = "Discord bucket {Route} is empty; waiting {WaitMs:F0} ms before the next request")]
    private static partial void LogBucketWait(ILogger logger, string route, double waitMs);
}
