namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>Makes the database unavailable to one stack (locked file, unreachable server) and back.</summary>
public interface IOutage : IAsyncDisposable
{
    Task BeginAsync();

    Task EndAsync();
}
