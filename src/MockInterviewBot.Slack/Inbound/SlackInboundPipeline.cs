using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Outbound;

namespace MockInterviewBot.Slack.Inbound;

public enum AcceptOutcome
{
    /// <summary>Queued for processing; acknowledge.</summary>
    Accepted,

    /// <summary>Nothing to do (own post, other bot, unrelated chatter); acknowledge.</summary>
    Ignored,

    /// <summary>Seen before (retry, second envelope, app_mention + message copy); acknowledge, do nothing.</summary>
    Duplicate,

    /// <summary>The queue is full: do not acknowledge, so Slack retries.</summary>
    Busy,
}

/// <summary>
/// The handler pipeline both transports share: route → deduplicate atomically → queue. Runs on the
/// acknowledgement path, so it never calls the Web API and never waits for the engine.
/// </summary>
internal sealed partial class SlackInboundPipeline(
    SlackRouter router,
    DispatcherFeeder feeder,
    SlackWorkQueue work,
    SlackReplySender sender,
    SlackThreadStarter starter,
    SlackHomePublisher home,
    TimeProvider time,
    ILogger<SlackInboundPipeline> logger,
    IProcessedEventStore? processed = null)
{
    private const int MaxRejected = 10_000;

    /// <summary>Delivery ids recorded as processed whose queueing then failed: their retry must not count as a duplicate.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _rejected = new(StringComparer.Ordinal);

    public async Task<AcceptOutcome> AcceptEventAsync(EventEnvelope envelope, int retryNum, string? retryReason, CancellationToken cancellationToken)
    {
        if (envelope.Type == "app_rate_limited")
        {
            LogAppRateLimited(logger, envelope.TeamId ?? "?");
            return AcceptOutcome.Ignored;
        }

        if (retryNum > 0)
        {
            LogRetry(logger, envelope.EventId ?? "?", retryNum, retryReason ?? "");
        }

        var plan = await router.RouteEventAsync(envelope, cancellationToken);
        return await AcceptAsync(plan, cancellationToken);
    }

    public Task<AcceptOutcome> AcceptCommandAsync(SlashCommand command, CancellationToken cancellationToken) =>
        AcceptAsync(router.RouteCommand(command), cancellationToken);

    public Task<AcceptOutcome> AcceptInteractionAsync(InteractionPayload payload, CancellationToken cancellationToken) =>
        AcceptAsync(router.RouteInteraction(payload), cancellationToken);

    private async Task<AcceptOutcome> AcceptAsync(RoutePlan plan, CancellationToken cancellationToken)
    {
        if (plan.Kind == RouteKind.Ignore)
        {
            LogIgnored(logger, plan.Reason);
            return AcceptOutcome.Ignored;
        }

        var tenant = new TenantRef(Platforms.Slack, plan.Team);
        var now = time.GetUtcNow();
        if (processed is not null)
        {
            foreach (var key in plan.DedupeKeys)
            {
                if (!await processed.TryMarkProcessedAsync(tenant, key, now, cancellationToken) && !_rejected.TryRemove(key, out _))
                {
                    LogDuplicate(logger, key);
                    return AcceptOutcome.Duplicate;
                }
            }
        }

        var queued = plan.Kind switch
        {
            RouteKind.Engine => feeder.TryEnqueue(plan.Event!, sender.DeliverAsync),
            RouteKind.StartThread => work.TryEnqueue(ct => starter.StartAsync(plan.Event!, ct)),
            RouteKind.AppHome => work.TryEnqueue(ct => home.PublishAsync(plan.Team, plan.UserId!, ct)),
            _ => false,
        };

        if (queued)
        {
            return AcceptOutcome.Accepted;
        }

        if (_rejected.Count > MaxRejected)
        {
            foreach (var old in _rejected.Where(kv => kv.Value < now.AddMinutes(-30)).Select(kv => kv.Key).ToArray())
            {
                _rejected.TryRemove(old, out _);
            }
        }

        foreach (var key in plan.DedupeKeys)
        {
            _rejected[key] = now;
        }

        LogBusy(logger);
        return AcceptOutcome.Busy;
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "Slack delivery ignored: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string reason);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Slack delivery {Key} already processed; acknowledged without work")]
    private static partial void LogDuplicate(ILogger logger, string key);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Queue full; Slack delivery not acknowledged so Slack retries it")]
    private static partial void LogBusy(ILogger logger);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Slack redelivery of {EventId} (attempt {RetryNum}, {RetryReason})")]
    private static partial void LogRetry(ILogger logger, string eventId, int retryNum, string retryReason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Slack rate-limited event deliveries for workspace {Team} (app_rate_limited)")]
    private static partial void LogAppRateLimited(ILogger logger, string team);
}
