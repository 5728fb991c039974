using MockInterviewBot.Storage.Tests.Infrastructure;

namespace MockInterviewBot.Storage.Tests;

public sealed class SqliteStoreTests : StoreSuite
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
