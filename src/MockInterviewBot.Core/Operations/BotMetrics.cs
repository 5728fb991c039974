using System.Diagnostics.Metrics;

namespace MockInterviewBot.Core.Operations;

/// <summary>
/// The bot's instruments (System.Diagnostics.Metrics). One meter, "MockInterviewBot"; the host exports it at /metrics
/// in Prometheus text format. Tags are small, fixed vocabularies (platform, mode, verdict, method) — never user data.
/// </summary>
public static class BotMetrics
{
    public const string MeterName = "MockInterviewBot";

    private static readonly Meter Meter = new(MeterName, "1.0");

    public static Counter<long> InterviewsStarted { get; } =
        Meter.CreateCounter<long>("mib_interviews_started", description: "Interviews started, by platform and mode");

    public static Counter<long> InterviewsCompleted { get; } =
        Meter.CreateCounter<long>("mib_interviews_completed", description: "Interviews that reached their feedback, by platform and mode");

    public static Counter<long> AnswersScored { get; } =
        Meter.CreateCounter<long>("mib_answers_scored", description: "Answers scored, by verdict");

    public static Counter<long> ProbesAsked { get; } =
        Meter.CreateCounter<long>("mib_probes_asked", description: "Follow-up probes asked, by platform");

    public static Counter<long> EventsIn { get; } =
        Meter.CreateCounter<long>("mib_platform_events_in", description: "Events received from a platform");

    public static Counter<long> MessagesOut { get; } =
        Meter.CreateCounter<long>("mib_platform_messages_out", description: "Replies sent to a platform");

    public static Counter<long> ApiErrors { get; } =
        Meter.CreateCounter<long>("mib_platform_api_errors", description: "Platform API calls that failed, by platform and error");

    public static Counter<long> RateLimited { get; } =
        Meter.CreateCounter<long>("mib_platform_rate_limited", description: "Platform API calls answered with a rate limit (HTTP 429 or rate_limited)");

    public static Counter<long> GatewayReconnects { get; } =
        Meter.CreateCounter<long>("mib_gateway_reconnects", description: "Platform socket reconnects (Discord gateway, Slack Socket Mode)");

    public static Histogram<double> ScoringDuration { get; } =
        Meter.CreateHistogram<double>("mib_scoring_duration_seconds", unit: "s", description: "Time to score one answer");

    /// <summary>Registers the queue-depth gauge; the host calls it once with the dispatcher's depth.</summary>
    public static ObservableGauge<int> ObserveQueueDepth(Func<int> depth) =>
        Meter.CreateObservableGauge("mib_queue_depth", depth, description: "Inbound events accepted and waiting to be processed");
}
