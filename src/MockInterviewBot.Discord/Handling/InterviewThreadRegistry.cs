using System.Collections.Concurrent;

namespace MockInterviewBot.Discord.Handling;

/// <summary>
/// Guild threads the bot opened for interviews (thread id → parent channel id). Rebuilt after a restart from
/// GUILD_CREATE / THREAD_CREATE, where the bot is the thread's owner.
/// </summary>
public sealed class InterviewThreadRegistry
{
    private readonly ConcurrentDictionary<string, string> _parents = new(StringComparer.Ordinal);

    public int Count => _parents.Count;

    public void Add(string threadId, string parentChannelId) => _parents[threadId] = parentChannelId;

    public void Remove(string threadId) => _parents.TryRemove(threadId, out _);

    public bool TryGetParent(string threadId, out string parentChannelId) =>
        _parents.TryGetValue(threadId, out parentChannelId!);
}
