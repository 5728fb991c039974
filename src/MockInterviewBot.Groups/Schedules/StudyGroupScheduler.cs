using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Digest;
using MockInterviewBot.Groups.Storage;

namespace MockInterviewBot.Groups.Schedules;

/// <summary>
/// Posts each channel's question of the day and weekly digest when due. Every replica ticks; a post happens only
/// after claiming its run (schedule lease + unique run record in one transaction), so it goes out once per day per
/// channel however many replicas run. A failed post releases its claim and is retried on the next tick.
/// </summary>
public sealed partial class StudyGroupScheduler(
    IStudyGroupStore store,
    QuestionOfTheDay questions,
    OutboundMessengers messengers,
    IChannelSessionQuery channelSessions,
    IScenarioCatalog catalog,
    IOptions<GroupsOptions> options,
    TimeProvider time,
    ILogger<StudyGroupScheduler> logger,
    ITenantStore? tenants = null) : BackgroundService
{
    private const int DigestSessionLimit = 5_000;

    /// <summary>This replica's lease owner id.</summary>
    public string Owner { get; } = Environment.MachineName + ":" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Raised after each tick (tests await it).</summary>
    public event Action<IReadOnlyList<string>>? Ticked;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogTickFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    /// <summary>One pass over every schedule; returns the run keys this replica posted ("{schedule}/qotd:2026-03-30").</summary>
    public async Task<IReadOnlyList<string>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var posted = new List<string>();
        var now = time.GetUtcNow();
        foreach (var schedule in await store.ListSchedulesAsync(cancellationToken))
        {
            if (ScheduleClock.FindZone(schedule.TimeZoneId) is not { } zone || messengers.For(schedule.Channel.Platform) is null)
            {
                continue;
            }

            if (ScheduleClock.Due(now, schedule.LocalTime, schedule.Days, zone, options.Value.CatchUp) is { } question)
            {
                var key = "qotd:" + question.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (await RunAsync(schedule, key, now, ct => PostQuestionAsync(schedule, question.Date, ct), cancellationToken))
                {
                    posted.Add(schedule.Id + "/" + key);
                }
            }

            if (schedule.DigestDay is { } digestDay
                && ScheduleClock.Due(now, schedule.DigestTime, new HashSet<DayOfWeek> { digestDay }, zone, options.Value.CatchUp) is { } digest)
            {
                var key = "digest:" + digest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (await RunAsync(schedule, key, now, ct => PostDigestAsync(schedule, digest.At, zone, ct), cancellationToken))
                {
                    posted.Add(schedule.Id + "/" + key);
                }
            }
        }

        Ticked?.Invoke(posted);
        return posted;
    }

    private async Task<bool> RunAsync(QuestionSchedule schedule, string key, DateTimeOffset now, Func<CancellationToken, Task<bool>> post, CancellationToken cancellationToken)
    {
        if (!await store.TryClaimRunAsync(schedule.Id, key, Owner, options.Value.LeaseDuration, now, cancellationToken))
        {
            return false;
        }

        try
        {
            if (await post(cancellationToken))
            {
                LogPosted(logger, key, schedule.Channel.Platform, schedule.Channel.Channel);
                return true;
            }

            // Nothing to post (no matching question): the run stays recorded so it is not retried every tick.
            LogNothingToPost(logger, key, schedule.Channel.Channel);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPostFailed(logger, ex, key, schedule.Channel.Channel);
            await store.ReleaseRunAsync(schedule.Id, key, cancellationToken);
            return false;
        }
    }

    private async Task<bool> PostQuestionAsync(QuestionSchedule schedule, DateOnly date, CancellationToken cancellationToken) =>
        await questions.PostAsync(schedule, date, cancellationToken) is not null;

    private async Task<bool> PostDigestAsync(QuestionSchedule schedule, DateTimeOffset at, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var messenger = messengers.For(schedule.Channel.Platform)!;
        var sessions = await channelSessions.ListByChannelAsync(schedule.Channel, at - TimeSpan.FromDays(35), DigestSessionLimit, cancellationToken);
        var visibility = tenants is null ? null : await tenants.GetSettingsAsync(new TenantRef(schedule.Channel.Platform, schedule.Channel.Tenant), cancellationToken);
        var digest = WeeklyDigest.Build(sessions, at, zone, catalog, visibility?.FeedbackVisibility == FeedbackVisibility.Thread);
        var thread = await messenger.PostAsync(schedule.Channel, digest.Summary, cancellationToken);
        if (digest.Participants > 0 && thread.Thread is not null)
        {
            await messenger.PostAsync(thread, digest.Details, cancellationToken);
        }

        return true;
    }

    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Study group: posted {RunKey} to {Platform} channel {Channel}")]
    private static partial void LogPosted(ILogger logger, string runKey, string platform, string channel);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Study group: posting {RunKey} to channel {Channel} failed; will retry")]
    private static partial void LogPostFailed(ILogger logger, Exception exception, string runKey, string channel);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Study group: no question matches the schedule of channel {Channel} for {RunKey}")]
    private static partial void LogNothingToPost(ILogger logger, string runKey, string channel);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "Study group scheduler tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
