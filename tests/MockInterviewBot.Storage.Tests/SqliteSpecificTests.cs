using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public sealed class SqliteSpecificTests : IAsyncLifetime
{
    private readonly SqliteBackend _backend = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task StartAsync_FirstStart_CreatesDataDirectoryAndWalDatabase()
    {
        var stack = _backend.CreateStack();
        Assert.False(Directory.Exists(_backend.Directory));

        foreach (var hosted in stack.Services.GetServices<IHostedService>().Where(h => h.GetType().Name == "StorageStartupService"))
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(_backend.FilePath));
        await using var connection = new SqliteConnection($"Data Source={_backend.FilePath}");
        await connection.OpenAsync();
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.True((await stack.Health.CheckAsync(CancellationToken.None)).Ready);
    }

    [Fact]
    public async Task SaveAsync_DataDirectoryCannotBeCreated_ThrowsUnavailableNamingSetting()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "mib-storage-tests", Guid.NewGuid().ToString("N") + ".file");
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "not a directory");
        try
        {
            var stack = _backend.CreateStack(configure: s => s["Storage:DataDirectory"] = Path.Combine(blocker, "data"));

            var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => stack.Sessions.SaveAsync(NewSession(Key()), CancellationToken.None));
            var health = await stack.Health.CheckAsync(CancellationToken.None);

            Assert.Contains("Storage:DataDirectory", error.Message, StringComparison.Ordinal);
            Assert.False(health.Ready);
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}
