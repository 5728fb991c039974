using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups.Schedules;

namespace MockInterviewBot.Groups.Storage;

/// <summary>Process-local <see cref="IStudyGroupStore"/> (development, tests, single replica).</summary>
public sealed class InMemoryStudyGroupStore : IStudyGroupStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ThreadRef, QuestionSchedule> _schedules = [];
    private readonly HashSet<(string, string)> _runs = [];
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> _leases = new(StringComparer.Ordinal);

    public Task SaveScheduleAsync(QuestionSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        lock (_gate)
        {
            _schedules[schedule.Channel with { Thread = null }] = schedule;
        }

        return Task.CompletedTask;
    }

    public Task<QuestionSchedule?> GetScheduleAsync(ThreadRef channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_schedules.GetValueOrDefault(channel with { Thread = null }));
        }
    }

    public Task<IReadOnlyList<QuestionSchedule>> ListSchedulesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<QuestionSchedule>>(_schedules.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray());
        }
    }

    public Task<bool> DeleteScheduleAsync(ThreadRef channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_schedules.Remove(channel with { Thread = null }));
        }
    }

    public Task<bool> TryClaimRunAsync(string scheduleId, string runKey, string owner, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var lease = "group-run:" + scheduleId;
            if (_leases.TryGetValue(lease, out var held) && held.Owner != owner && held.Until > now)
            {
                return Task.FromResult(false);
            }

            _leases[lease] = (owner, now + leaseFor);
            return Task.FromResult(_runs.Add((scheduleId, runKey)));
        }
    }

    public Task ReleaseRunAsync(string scheduleId, string runKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _runs.Remove((scheduleId, runKey));
        }

        return Task.CompletedTask;
    }
}
