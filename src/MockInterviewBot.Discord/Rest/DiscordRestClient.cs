using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Discord.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MockInterviewBot.Discord.Rest;

/// <summary>
/// Typed Discord REST calls over one HttpClient: <c>Authorization: Bot …</c>, a DiscordBot User-Agent, rate-limit
/// buckets (<see cref="RestRateLimiter"/>), 429 handling with the body's fractional retry_after, and Polly retries
/// for transient failures only (never 400/401/403/404).
/// </summary>
public sealed partial class DiscordRestClient
{
    public const string HttpClientName = "discord";
    public const string UserAgent = "DiscordBot (https://github.com/mockinterviewbot/mockinterviewbot, 1.0)";
    private const int MaxRateLimitRetries = 5;

    private readonly HttpClient _http;
    private readonly RestRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private volatile bool _unauthorized;

    internal DiscordRestClient(IHttpClientFactory httpClientFactory, IOptions<DiscordOptions> options, RestRateLimiter limiter, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _http = httpClientFactory.CreateClient(HttpClientName);
        var settings = options.Value;
        var baseUrl = settings.ApiBaseUrl.EndsWith('/') ? settings.ApiBaseUrl : settings.ApiBaseUrl + "/";
        _http.BaseAddress ??= new Uri(baseUrl, UriKind.Absolute);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", settings.Token.Trim());
        _http.DefaultRequestHeaders.UserAgent.Clear();
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        _limiter = limiter;
        _time = time;
        _logger = logger;
        _pipeline = BuildPipeline(time);
    }

    /// <summary>401/403/429 responses seen so far.</summary>
    public long InvalidRequests => _limiter.InvalidRequests;

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(new RestRoute(HttpMethod.Get, "gateway/bot", "gateway/bot", ""), null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken)!;

    public Task<DiscordMessage?> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{channelId}/messages", channelId),
            Serialize(message, DiscordJsonContext.Default.MessagePayload),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(new RestRoute(HttpMethod.Post, "channels/{channel_id}/typing", $"channels/{channelId}/typing", channelId), null, null, cancellationToken);

    public Task<DiscordChannel?> CreateDmAsync(string userId, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "users/@me/channels", "users/@me/channels", ""),
            Serialize(new CreateDmRequest { RecipientId = userId }, DiscordJsonContext.Default.CreateDmRequest),
            DiscordJsonContext.Default.DiscordChannel,
            cancellationToken);

    /// <summary>Starts a public thread (without a starter message) in a guild text channel.</summary>
    public Task<DiscordChannel?> StartThreadAsync(string channelId, string name, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "channels/{channel_id}/threads", $"channels/{channelId}/threads", channelId),
            Serialize(new StartThreadRequest { Name = name.Length > 100 ? name[..100] : name }, DiscordJsonContext.Default.StartThreadRequest),
            DiscordJsonContext.Default.DiscordChannel,
            cancellationToken);

    /// <summary>Starts a public thread on an existing message (the message becomes the thread's starter).</summary>
    public Task<DiscordChannel?> StartThreadFromMessageAsync(string channelId, string messageId, string name, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "channels/{channel_id}/messages/{message_id}/threads", $"channels/{channelId}/messages/{messageId}/threads", channelId),
            Serialize(new StartThreadRequest { Name = name.Length > 100 ? name[..100] : name }, DiscordJsonContext.Default.StartThreadRequest),
            DiscordJsonContext.Default.DiscordChannel,
            cancellationToken);

    /// <summary>The initial interaction response (types 4–9). "Already acknowledged" (40060) counts as success.</summary>
    public async Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionCallback callback, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync<JsonElement>(
                new RestRoute(HttpMethod.Post, "interactions/{id}/{token}/callback", $"interactions/{interactionId}/{interactionToken}/callback", interactionId, ExemptFromGlobal: true),
                Serialize(callback, DiscordJsonContext.Default.InteractionCallback),
                null,
                cancellationToken);
        }
        catch (DiscordRestException ex) when (ex.Code == 40060)
        {
            // A retry after a timeout: the first attempt got through.
        }
    }

    public Task CreateAutocompleteResponseAsync(string interactionId, string interactionToken, AutocompleteCallback callback, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(
            new RestRoute(HttpMethod.Post, "interactions/{id}/{token}/callback", $"interactions/{interactionId}/{interactionToken}/callback", interactionId, ExemptFromGlobal: true),
            Serialize(callback, DiscordJsonContext.Default.AutocompleteCallback),
            null,
            cancellationToken);

    public Task<DiscordMessage?> EditOriginalResponseAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(
            WebhookRoute(HttpMethod.Patch, "webhooks/{application_id}/{token}/messages/@original", $"webhooks/{applicationId}/{interactionToken}/messages/@original", applicationId, interactionToken),
            Serialize(message, DiscordJsonContext.Default.MessagePayload),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    public Task DeleteOriginalResponseAsync(string applicationId, string interactionToken, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(
            WebhookRoute(HttpMethod.Delete, "webhooks/{application_id}/{token}/messages/@original", $"webhooks/{applicationId}/{interactionToken}/messages/@original", applicationId, interactionToken),
            null,
            null,
            cancellationToken);

    public Task<DiscordMessage?> CreateFollowupAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(
            WebhookRoute(HttpMethod.Post, "webhooks/{application_id}/{token}", $"webhooks/{applicationId}/{interactionToken}", applicationId, interactionToken),
            Serialize(message, DiscordJsonContext.Default.MessagePayload),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    public Task BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(
            new RestRoute(HttpMethod.Put, "applications/{application_id}/commands", $"applications/{applicationId}/commands", applicationId),
            Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand),
            null,
            cancellationToken);

    public Task BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(
            new RestRoute(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", guildId),
            Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand),
            null,
            cancellationToken);

    private static RestRoute WebhookRoute(HttpMethod method, string template, string path, string applicationId, string token) =>
        new(method, template, path, $"{applicationId}/{token}", ExemptFromGlobal: true);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private async Task<T?> SendAsync<T>(RestRoute route, byte[]? body, JsonTypeInfo<T>? resultType, CancellationToken cancellationToken)
    {
        if (_unauthorized)
        {
            throw new DiscordRestException(HttpStatusCode.Unauthorized, 0, route.TemplateKey, "the bot token was rejected earlier; check Discord:Token");
        }

        using var response = await _pipeline.ExecuteAsync(
            static async (state, ct) => await state.Self.SendRateLimitedAsync(state.Route, state.Body, ct),
            (Self: this, Route: route, Body: body),
            cancellationToken);

        if (response.IsSuccessStatusCode)
        {
            if (resultType is null || response.StatusCode == HttpStatusCode.NoContent)
            {
                return default;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(stream, resultType, cancellationToken);
        }

        var error = await ReadErrorAsync(response, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            _unauthorized = true;
            LogUnauthorized(_logger);
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            _limiter.CountInvalid();
        }

        BotMetrics.ApiErrors.Add(1, DiscordTag, new KeyValuePair<string, object?>("error", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        throw new DiscordRestException(response.StatusCode, error?.Code ?? 0, route.TemplateKey, error?.Message);
    }

    private static readonly KeyValuePair<string, object?> DiscordTag = new("platform", "discord");

    /// <summary>One logical attempt: waits for the bucket, sends, and absorbs Discord's own 429s by waiting retry_after.</summary>
    private async Task<HttpResponseMessage> SendRateLimitedAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var bucket = await _limiter.AcquireAsync(route, cancellationToken);
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(route.Method, route.Path);
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(body);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }

                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                var headers = RateLimitHeaders.Parse(response.Headers);
                _limiter.Update(bucket, route, headers);

                if (response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    return response;
                }

                var error = await ReadErrorAsync(response, cancellationToken);
                var isDiscord = response.Headers.Contains("Via") || error is not null;
                if (!isDiscord || attempt >= MaxRateLimitRetries)
                {
                    // A Cloudflare ban (no Via header, HTML body) or a 429 that keeps coming: never hammer.
                    _limiter.CountInvalid();
                    LogRateLimitGaveUp(_logger, route.TemplateKey, isDiscord);
                    return response;
                }

                var retryAfter = TimeSpan.FromSeconds(error?.RetryAfter
                    ?? RateLimitHeaders.ParseDouble(response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    ?? 1);
                if (!string.Equals(headers.Scope, "shared", StringComparison.OrdinalIgnoreCase))
                {
                    _limiter.CountInvalid();
                }

                if (error?.Global == true || headers.Global)
                {
                    _limiter.BlockGlobally(retryAfter);
                }
                else
                {
                    _limiter.Exhaust(bucket, retryAfter);
                }

                LogRateLimited(_logger, route.TemplateKey, retryAfter.TotalMilliseconds, error?.Global == true || headers.Global);
                BotMetrics.RateLimited.Add(1, DiscordTag);
                response.Dispose();
            }
            finally
            {
                RestRateLimiter.Release(bucket);
            }
        }
    }

    private static async Task<DiscordErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(static r => (int)r.StatusCode is 500 or 502 or 503 or 504 or 524),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                OnRetry = static args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(15))
            .Build();

    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning, Message = "Discord rate-limited {Route}; retrying after {RetryAfterMs:F0} ms (global: {Global})")]
    private static partial void LogRateLimited(ILogger logger, string route, double retryAfterMs, bool global);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Error, Message = "Discord {Route} kept answering 429 (from Discord: {FromDiscord}); giving up on this request")]
    private static partial void LogRateLimitGaveUp(ILogger logger, string route, bool fromDiscord);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Critical, Message = "Discord rejected the bot token (401). Check Discord:Token; all Discord REST calls are stopped.")]
    private static partial void LogUnauthorized(ILogger logger);
}
