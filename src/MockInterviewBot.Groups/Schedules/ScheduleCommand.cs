using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Groups.Storage;

namespace MockInterviewBot.Groups.Schedules;

/// <summary>
/// <c>schedule …</c>: sets, lists and removes the channel's question of the day and its weekly digest. Changing or
/// removing it needs a channel admin where the platform says who that is (Discord: Manage Channels); elsewhere
/// (Slack) only the person who set the current schedule may change or remove it.
/// </summary>
public sealed class ScheduleCommand(IStudyGroupStore store, TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Names { get; } = ["schedule"];

    public IReadOnlyList<string> ActionPrefixes { get; } = [];

    public IReadOnlyList<string> HelpLines { get; } =
    [
        "`schedule daily 09:00 Europe/Berlin mon-fri [framework] [competency]`: a question of the day in this channel",
        "`schedule list`, `schedule off`, `schedule digest monday 09:00|off`: see or change it and its weekly digest",
    ];

    public async Task<EngineResponse> HandleAsync(InboundEvent inbound, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var request = ScheduleParser.Parse(arguments);
        if (request.Error is { } error)
        {
            return Say(error, ReplyPurpose.Error);
        }

        if (request.Action == ScheduleAction.Help)
        {
            return Say($"Schedules post a question of the day to a channel; members answer in its thread. Use {ScheduleParser.Usage}.", ReplyPurpose.Help);
        }

        if (inbound.IsDirect)
        {
            return Say("Schedules belong to a channel: run this command in the channel that should get the question of the day.", ReplyPurpose.Error);
        }

        var channel = new ThreadRef(inbound.Key.Platform, inbound.Key.Tenant, inbound.Key.Channel, null);
        var current = await store.GetScheduleAsync(channel, cancellationToken);
        if (request.Action == ScheduleAction.List)
        {
            return Say(current is null ? "This channel has no question of the day. Set one with `schedule daily 09:00 Europe/Berlin mon-fri`." : Describe(current), ReplyPurpose.Info);
        }

        if (Refusal(inbound, current) is { } refusal)
        {
            return Say(refusal, ReplyPurpose.Error);
        }

        switch (request.Action)
        {
            case ScheduleAction.Off:
                return Say(await store.DeleteScheduleAsync(channel, cancellationToken)
                    ? "Done: no more questions of the day (or digests) in this channel."
                    : "This channel has no question of the day to turn off.", ReplyPurpose.Info);
            case ScheduleAction.DigestOff or ScheduleAction.Digest when current is null:
                return Say("Set a question of the day first (`schedule daily 09:00 Europe/Berlin mon-fri`); the digest uses its time zone.", ReplyPurpose.Error);
            case ScheduleAction.DigestOff:
                await store.SaveScheduleAsync(current! with { DigestDay = null }, cancellationToken);
                return Say("Done: no weekly digest in this channel.", ReplyPurpose.Info);
            case ScheduleAction.Digest:
                var withDigest = current! with { DigestDay = request.Day, DigestTime = request.Time };
                await store.SaveScheduleAsync(withDigest, cancellationToken);
                return Say("Saved. " + Describe(withDigest), ReplyPurpose.Info);
        }

        var schedule = new QuestionSchedule
        {
            Id = Guid.NewGuid().ToString("N"),
            Channel = channel,
            CreatedBy = inbound.Key.UserRef,
            LocalTime = request.Time,
            TimeZoneId = request.ZoneId!,
            Days = request.Days,
            Framework = request.Framework,
            Competency = request.Competency,
            DigestDay = current is null ? DayOfWeek.Monday : current.DigestDay,
            DigestTime = current?.DigestTime ?? new TimeOnly(9, 0),
            CreatedAt = time.GetUtcNow(),
        };
        await store.SaveScheduleAsync(schedule, cancellationToken);
        return Say((current is null ? "Scheduled. " : "Replaced this channel's schedule. ") + Describe(schedule), ReplyPurpose.Info);
    }

    private static string? Refusal(InboundEvent inbound, QuestionSchedule? current) => inbound.IsChannelAdmin switch
    {
        false => "Only channel admins (Manage Channels) can change this channel's question of the day.",
        null when current is not null && current.CreatedBy.UserId != inbound.Key.User =>
            "Only the person who set this channel's question of the day can change or remove it.",
        _ => null,
    };

    private string Describe(QuestionSchedule schedule)
    {
        var zone = ScheduleClock.FindZone(schedule.TimeZoneId);
        var now = time.GetUtcNow();
        var filter = string.Join(" ", new[] { schedule.Framework, schedule.Competency }.OfType<string>());
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Question of the day at {schedule.LocalTime:HH\\:mm} {schedule.TimeZoneId}, {ScheduleParser.DescribeDays(schedule.Days)}{(filter.Length > 0 ? $" ({filter})" : "")}.");
        if (zone is not null && ScheduleClock.Next(now, schedule.LocalTime, schedule.Days, zone) is { } next)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" Next: {TimeZoneInfo.ConvertTime(next, zone):ddd yyyy-MM-dd HH\\:mm} local.");
        }

        text += schedule.DigestDay is { } day
            ? string.Create(CultureInfo.InvariantCulture, $" Weekly digest: {day} {schedule.DigestTime:HH\\:mm}.")
            : " No weekly digest.";
        return text;
    }

    private static EngineResponse Say(string text, ReplyPurpose purpose) =>
        new([new ReplyBuilder(purpose).Text(text).Visibility(ReplyVisibility.Private).Build()]);
}
