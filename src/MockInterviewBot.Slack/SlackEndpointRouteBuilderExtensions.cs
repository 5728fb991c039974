using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Slack.Install;
using MockInterviewBot.Slack.Transport;

namespace MockInterviewBot.Slack;

public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST /slack/events, /slack/commands, /slack/interactions and GET /slack/install, /slack/oauth/callback.
    /// Maps nothing when the adapter is disabled.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackAdapterMarker>() is null)
        {
            return endpoints;
        }

        var slack = endpoints.MapGroup("/slack").ExcludeFromDescription();
        slack.MapPost("/events", (HttpContext context, SlackHttpEndpoints http) => http.EventsAsync(context));
        slack.MapPost("/commands", (HttpContext context, SlackHttpEndpoints http) => http.CommandsAsync(context));
        slack.MapPost("/interactions", (HttpContext context, SlackHttpEndpoints http) => http.InteractionsAsync(context));
        slack.MapGet("/install", (HttpContext context, SlackOAuthEndpoints oauth) => oauth.Install(context));
        slack.MapGet("/oauth/callback", (HttpContext context, SlackOAuthEndpoints oauth) => oauth.CallbackAsync(context));
        return endpoints;
    }
}
