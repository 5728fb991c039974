using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Slack.Json;
using Polly;
using Polly.Retry;

namespace MockInterviewBot.Slack.Api;

/// <summary>
/// The one typed Web API client: JSON POST with a per-call bearer token, <c>{ok:false,error}</c> mapped to
/// <see cref="SlackApiException"/>, HTTP 429 <c>Retry-After</c> and HTTP 200 <c>rate_limited</c> honoured,
/// Polly retries with jitter for 5xx and timeouts, and per-channel pacing for posts.
/// </summary>
internal sealed partial class SlackApiClient
{
    public const string HttpClientName = "MockInterviewBot.Slack";

    private static readonly TimeSpan DefaultRateLimitDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(2);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly SlackRateGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackApiClient> _logger;
    private readonly Uri _baseUrl;
    private readonly TimeSpan _timeout;
    private readonly ResiliencePipeline<Attempt> _pipeline;

    public SlackApiClient(IHttpClientFactory httpClientFactory, SlackRateGate gate, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _gate = gate;
        _time = time;
        _logger = logger;
        var configured = options.Value.ApiBaseUrl.ToString();
        _baseUrl = new Uri(configured.EndsWith('/') ? configured : configured + "/");
        _timeout = options.Value.RequestTimeout;
        _pipeline = BuildPipeline(options.Value.MaxRetries, time);
    }

    /// <summary>Web API calls made (each attempt counts).</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    private long _attempts;

    public Task<AuthTestResponse> AuthTestAsync(string token, CancellationToken cancellationToken) =>
        CallAsync("auth.test", "", token, new EmptyRequest(), SlackJsonContext.Default.EmptyRequest, SlackJsonContext.Default.AuthTestResponse, cancellationToken);

    public async Task<PostMessageResponse> PostMessageAsync(string team, string token, PostMessageRequest request, CancellationToken cancellationToken)
    {
        await _gate.WaitForChannelAsync(team, request.Channel, cancellationToken);
        return await CallAsync("chat.postMessage", team, token, request, SlackJsonContext.Default.PostMessageRequest, SlackJsonContext.Default.PostMessageResponse, cancellationToken);
    }

    public Task<PostMessageResponse> PostEphemeralAsync(string team, string token, PostEphemeralRequest request, CancellationToken cancellationToken) =>
        CallAsync("chat.postEphemeral", team, token, request, SlackJsonContext.Default.PostEphemeralRequest, SlackJsonContext.Default.PostMessageResponse, cancellationToken);

    public Task<PostMessageResponse> UpdateAsync(string team, string token, UpdateMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("chat.update", team, token, request, SlackJsonContext.Default.UpdateMessageRequest, SlackJsonContext.Default.PostMessageResponse, cancellationToken);

    public Task<ConversationsOpenResponse> OpenDirectMessageAsync(string team, string token, string userId, CancellationToken cancellationToken) =>
        CallAsync("conversations.open", team, token, new ConversationsOpenRequest(userId), SlackJsonContext.Default.ConversationsOpenRequest, SlackJsonContext.Default.ConversationsOpenResponse, cancellationToken);

    public Task<SlackResponse> PublishHomeAsync(string team, string token, ViewsPublishRequest request, CancellationToken cancellationToken) =>
        CallAsync("views.publish", team, token, request, SlackJsonContext.Default.ViewsPublishRequest, SlackJsonContext.Default.SlackResponse, cancellationToken);

    public Task<ConnectionsOpenResponse> OpenConnectionAsync(string appToken, CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", "", appToken, new EmptyRequest(), SlackJsonContext.Default.EmptyRequest, SlackJsonContext.Default.ConnectionsOpenResponse, cancellationToken);

    /// <summary>Exchanges an OAuth code (client credentials as HTTP Basic, form body as Slack documents).</summary>
    public Task<OAuthAccessResponse> OAuthAccessAsync(string clientId, string clientSecret, string code, string? redirectUri, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>> { new("code", code) };
        if (!string.IsNullOrEmpty(redirectUri))
        {
            fields.Add(new("redirect_uri", redirectUri));
        }

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        return SendAsync(
            "oauth.v2.access",
            "",
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUrl, "oauth.v2.access"))
            {
                Content = new FormUrlEncodedContent(fields),
                Headers = { Authorization = new AuthenticationHeaderValue("Basic", basic) },
            },
            SlackJsonContext.Default.OAuthAccessResponse,
            cancellationToken);
    }

    public Task<TResponse> CallAsync<TRequest, TResponse>(
        string method,
        string team,
        string token,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : SlackResponse
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        return SendAsync(
            method,
            team,
            () =>
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                return new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUrl, method))
                {
                    Content = content,
                    Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
                };
            },
            responseType,
            cancellationToken);
    }

    private async Task<TResponse> SendAsync<TResponse>(
        string method,
        string team,
        Func<HttpRequestMessage> requestFactory,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : SlackResponse
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        Attempt outcome;
        try
        {
            outcome = await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Client.AttemptAsync(state.Method, state.Team, state.RequestFactory, ctx.CancellationToken),
                context,
                (Client: this, Method: method, Team: team, RequestFactory: requestFactory));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        switch (outcome.Kind)
        {
            case AttemptKind.RateLimited:
                LogRateLimitGaveUp(_logger, method, outcome.Status);
                CountError(outcome.Error ?? "ratelimited");
                throw new SlackRateLimitedException(method, outcome.Error ?? "ratelimited", outcome.Status, outcome.RetryAfter);
            case AttemptKind.Transient:
                CountError(outcome.Error ?? "http_error");
                throw new SlackApiException(method, outcome.Error ?? "http_error", outcome.Status);
        }

        TResponse? response;
        try
        {
            response = JsonSerializer.Deserialize(outcome.Body!, responseType);
        }
        catch (JsonException ex)
        {
            CountError("invalid_json");
            throw new SlackApiException($"Slack {method} returned a body that is not JSON (HTTP {outcome.Status}).", ex);
        }

        if (response is null)
        {
            CountError("empty_response");
            throw new SlackApiException(method, "empty_response", outcome.Status);
        }

        if (!response.Ok)
        {
            var error = response.Error ?? (outcome.Status == 200 ? "unknown_error" : "http_error");
            LogCallFailed(_logger, method, error, outcome.Status);
            CountError(error);
            throw new SlackApiException(method, error, outcome.Status);
        }

        return response;
    }

    private static readonly KeyValuePair<string, object?> SlackTag = new("platform", "slack");

    /// <summary>Slack's error codes are a fixed vocabulary (channel_not_found, not_in_channel …), safe as a metric tag.</summary>
    private static void CountError(string error) =>
        BotMetrics.ApiErrors.Add(1, SlackTag, new KeyValuePair<string, object?>("error", error));

    private async ValueTask<Attempt> AttemptAsync(string method, string team, Func<HttpRequestMessage> requestFactory, CancellationToken cancellationToken)
    {
        await _gate.WaitForMethodAsync(team, method, cancellationToken);
        Interlocked.Increment(ref _attempts);
        var client = _httpClientFactory.CreateClient(HttpClientName);
        using var request = requestFactory();
        using var deadline = new CancellationTokenSource(_timeout, _time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = RetryAfterOf(response);
                _gate.Pause(team, method, retryAfter);
                LogRateLimited(_logger, method, status, retryAfter.TotalSeconds);
                BotMetrics.RateLimited.Add(1, SlackTag);
                return new Attempt(AttemptKind.RateLimited, status, body, "ratelimited", retryAfter);
            }

            if (status >= 500)
            {
                LogTransient(_logger, method, status);
                return new Attempt(AttemptKind.Transient, status, body, "http_error", TimeSpan.Zero);
            }

            if (status == 200 && IsRateLimitedBody(body))
            {
                var retryAfter = RetryAfterOf(response);
                LogRateLimited(_logger, method, status, retryAfter.TotalSeconds);
                BotMetrics.RateLimited.Add(1, SlackTag);
                return new Attempt(AttemptKind.RateLimited, status, body, "rate_limited", retryAfter);
            }

            return new Attempt(AttemptKind.Done, status, body, null, TimeSpan.Zero);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTransient(_logger, method, 0);
            return new Attempt(AttemptKind.Transient, 0, null, "timeout", TimeSpan.Zero);
        }
        catch (HttpRequestException ex)
        {
            LogConnectionFailed(_logger, method, ex.HttpRequestError);
            return new Attempt(AttemptKind.Transient, 0, null, "connection_failed", TimeSpan.Zero);
        }
    }

    private static bool IsRateLimitedBody(byte[] body)
    {
        // Cheap check first; the body is parsed properly by the caller.
        if (body.AsSpan().IndexOf("rate_limited"u8) < 0)
        {
            return false;
        }

        try
        {
            var response = JsonSerializer.Deserialize(body, SlackJsonContext.Default.SlackResponse);
            return response is { Ok: false, Error: "rate_limited" or "ratelimited" };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static TimeSpan RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? delay = header?.Delta;
        if (delay is null && response.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            delay = TimeSpan.FromSeconds(seconds);
        }

        var value = delay ?? DefaultRateLimitDelay;
        return value > MaxRetryAfter ? MaxRetryAfter : value;
    }

    private static ResiliencePipeline<Attempt> BuildPipeline(int maxRetries, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<Attempt> { TimeProvider = time };
        if (maxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Kind: AttemptKind.RateLimited or AttemptKind.Transient }),
                DelayGenerator = args =>
                {
                    if (args.Outcome.Result is { Kind: AttemptKind.RateLimited } limited)
                    {
                        // Slack's Retry-After plus up to 20 % jitter so paused callers do not return together.
                        var jitter = TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)Math.Max(1, limited.RetryAfter.TotalMilliseconds / 5)));
                        return ValueTask.FromResult<TimeSpan?>(limited.RetryAfter + jitter);
                    }

                    return ValueTask.FromResult<TimeSpan?>(null);
                },
            });
        }

        return builder.Build();
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Slack {Method} rate limited (HTTP {Status}); retrying after {RetryAfterSeconds} s")]
    private static partial void LogRateLimited(ILogger logger, string method, int status, double retryAfterSeconds);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Slack {Method} still rate limited after retries (HTTP {Status})")]
    private static partial void LogRateLimitGaveUp(ILogger logger, string method, int status);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Slack {Method} transient failure (HTTP {Status}, 0 = timeout)")]
    private static partial void LogTransient(ILogger logger, string method, int status);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Slack {Method} connection failed ({Reason})")]
    private static partial void LogConnectionFailed(ILogger logger, string method, HttpRequestError reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Slack {Method} answered ok=false: {Error} (HTTP {Status})")]
    private static partial void LogCallFailed(ILogger logger, string method, string error, int status);

    private enum AttemptKind
    {
        Done,
        RateLimited,
        Transient,
    }

    private sealed record Attempt(AttemptKind Kind, int Status, byte[]? Body, string? Error, TimeSpan RetryAfter);
}
