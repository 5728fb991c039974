using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Core.Storage;

/// <summary>Sessions of one channel (any thread in it), for group views such as the weekly digest.</summary>
public interface IChannelSessionQuery
{
    /// <summary>Sessions created in the channel (<see cref="ThreadRef.Thread"/> ignored) at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<InterviewSession>> ListByChannelAsync(ThreadRef channel, DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
