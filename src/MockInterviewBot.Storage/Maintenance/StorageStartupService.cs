using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Sql;

namespace MockInterviewBot.Storage.Maintenance;

/// <summary>
/// Creates or migrates the schema when the host starts. If the database is unreachable the host still starts
/// (readiness reports why) and the stores migrate on first use once it is back.
/// </summary>
internal sealed partial class StorageStartupService(StorageDatabase database, ILogger<StorageStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.EnsureSchemaAsync(cancellationToken);
            LogReady(logger, database.Dialect.Provider);
        }
        catch (StoreUnavailableException ex)
        {
            LogNotReady(logger, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 630, Level = LogLevel.Information, Message = "Storage ready ({Provider})")]
    private static partial void LogReady(ILogger logger, StorageProvider provider);

    [LoggerMessage(EventId = 631, Level = LogLevel.Critical, Message = "Storage is not ready at start-up: {Reason}; readiness stays false until it recovers")]
    private static partial void LogNotReady(ILogger logger, string reason);
}
