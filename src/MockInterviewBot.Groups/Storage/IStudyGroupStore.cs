using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups.Schedules;

namespace MockInterviewBot.Groups.Storage;

/// <summary>Question-of-the-day schedules and their run records (SQL in MockInterviewBot.Storage, migration 3).</summary>
public interface IStudyGroupStore
{
    /// <summary>Saves the channel's schedule, replacing any earlier one of the same channel.</summary>
    Task SaveScheduleAsync(QuestionSchedule schedule, CancellationToken cancellationToken);

    Task<QuestionSchedule?> GetScheduleAsync(ThreadRef channel, CancellationToken cancellationToken);

    Task<IReadOnlyList<QuestionSchedule>> ListSchedulesAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the channel's schedule; false when there was none.</summary>
    Task<bool> DeleteScheduleAsync(ThreadRef channel, CancellationToken cancellationToken);

    /// <summary>
    /// Claims one run (<paramref name="runKey"/>: "qotd:2026-03-30", "digest:2026-03-30") of a schedule for
    /// <paramref name="owner"/>: takes the schedule's lease and inserts the run record with a unique
    /// (schedule id, run key) in one transaction. False when another replica holds the lease or the run exists.
    /// </summary>
    Task<bool> TryClaimRunAsync(string scheduleId, string runKey, string owner, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes a claimed run whose post failed, so a later tick tries again.</summary>
    Task ReleaseRunAsync(string scheduleId, string runKey, CancellationToken cancellationToken);
}
