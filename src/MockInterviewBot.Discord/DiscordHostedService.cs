using Microsoft.Extensions.Hosting;
using MockInterviewBot.Discord.Gateway;
using MockInterviewBot.Discord.Handling;

namespace MockInterviewBot.Discord;

/// <summary>Runs the gateway loop and the event handler until shutdown (or a fatal close code).</summary>
internal sealed class DiscordHostedService(GatewayClient gateway, DiscordEventHandler handler) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var handling = handler.RunAsync(stoppingToken);
        await gateway.RunAsync(stoppingToken);
        await handling;
    }
}
