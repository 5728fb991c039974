using MockInterviewBot.Storage.Tests.Infrastructure;

namespace MockInterviewBot.Storage.Tests;

[RequiresPostgres]
public sealed class PostgresStoreTests : StoreSuite
{
    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
