namespace MockInterviewBot.Web.Admin;

/// <summary>One warning or error, message text only (never exception data).</summary>
internal sealed record RecentError(DateTimeOffset At, string Level, string Category, string Message);

/// <summary>The last <see cref="Capacity"/> warnings and errors logged by the process, newest first.</summary>
internal sealed class RecentErrorLog(TimeProvider time)
{
    public const int Capacity = 50;
    public const int MaxMessageChars = 500;

    private readonly Lock _lock = new();
    private readonly LinkedList<RecentError> _entries = new();

    public void Add(string level, string category, string message)
    {
        var text = message.Length <= MaxMessageChars ? message : message[..MaxMessageChars] + "…";
        var entry = new RecentError(time.GetUtcNow(), level, category, text);
        lock (_lock)
        {
            _entries.AddFirst(entry);
            while (_entries.Count > Capacity)
            {
                _entries.RemoveLast();
            }
        }
    }

    public IReadOnlyList<RecentError> Snapshot()
    {
        lock (_lock)
        {
            return _entries.ToArray();
        }
    }
}
