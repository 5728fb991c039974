namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider for one test, and stacks ("replicas") on it.</summary>
public abstract class StorageBackend : IAsyncDisposable
{
    private readonly List<StorageStack> _stacks = [];

    public abstract StorageProvider Provider { get; }

    /// <summary>A value that must never appear in messages (the database password), if the provider has one.</summary>
    public virtual string? Secret => null;

    protected abstract Dictionary<string, string?> Settings();

    public StorageStack CreateStack(TimeProvider? time = null, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = Settings();
        configure?.Invoke(settings);
        var stack = new StorageStack(settings, time);
        _stacks.Add(stack);
        return stack;
    }

    /// <summary>A stack whose database can be taken away and given back.</summary>
    public abstract Task<(StorageStack Stack, IOutage Outage)> CreateOutageStackAsync();

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var stack in _stacks)
        {
            await stack.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
