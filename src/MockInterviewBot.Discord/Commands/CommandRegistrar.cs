using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Discord.Rest;

namespace MockInterviewBot.Discord.Commands;

/// <summary>
/// Bulk-overwrites the application commands once per process, after the first READY: globally (usable in the bot
/// DM), or in each guild of Discord:CommandGuildIds (instant, but guild commands never show in DMs).
/// </summary>
public sealed partial class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    private int _registered;

    public bool Registered => Volatile.Read(ref _registered) == 2;

    public async Task RegisterOnceAsync(string? applicationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(applicationId) || Interlocked.CompareExchange(ref _registered, 1, 0) != 0)
        {
            return;
        }

        var guilds = options.Value.CommandGuildIds.Where(g => !string.IsNullOrWhiteSpace(g)).ToArray();
        try
        {
            if (guilds.Length == 0)
            {
                await rest.BulkOverwriteGlobalCommandsAsync(applicationId, MockCommand.Definitions(global: true), cancellationToken);
                LogRegistered(logger, "globally");
            }
            else
            {
                foreach (var guild in guilds)
                {
                    await rest.BulkOverwriteGuildCommandsAsync(applicationId, guild, MockCommand.Definitions(global: false), cancellationToken);
                }

                LogRegisteredInGuilds(logger, guilds.Length);
            }

            Volatile.Write(ref _registered, 2);
        }
        catch (DiscordRestException ex)
        {
            // 30034 (daily create limit) and permission errors need a human; the bot still works by DM words.
            LogFailed(logger, ex.Code, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            Volatile.Write(ref _registered, 0);
            LogFailed(logger, 0, ex.Message);
        }
    }

    [LoggerMessage(EventId = 5400, Level = LogLevel.Information, Message = "Registered the /mock command {Scope}")]
    private static partial void LogRegistered(ILogger logger, string scope);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Registered the /mock command in {Count} guild(s) from Discord:CommandGuildIds (guild commands do not show in DMs; DM words still work)")]
    private static partial void LogRegisteredInGuilds(ILogger logger, int count);

    [LoggerMessage(EventId = 5401, Level = LogLevel.Error, Message = "Registering the /mock command failed (code {Code}): {Error}")]
    private static partial void LogFailed(ILogger logger, int code, string error);
}
