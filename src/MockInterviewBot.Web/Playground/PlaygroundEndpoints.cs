using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Web.Playground;

/// <summary>The JSON API under /api/playground that the page uses.</summary>
internal static class PlaygroundEndpoints
{
    private static readonly HashSet<string> KnownActions = new(StringComparer.Ordinal)
    {
        ActionIds.Submit, ActionIds.Hint, ActionIds.Skip, ActionIds.Repeat, ActionIds.Example, ActionIds.Next,
        ActionIds.Retry, ActionIds.End, ActionIds.AnswerToo, ActionIds.Start, ActionIds.QuizChoice, ActionIds.PickMode,
        ActionIds.PickFramework, ActionIds.PickCompetency, ActionIds.PickLevel, ActionIds.ForgetConfirm,
    };

    private const int MaxActionValueChars = 1000;

    public static void Map(RouteGroupBuilder group)
    {
        var api = group.MapGroup("/api/playground");
        api.MapGet("/options", (PlaygroundService service) => Results.Json(PlaygroundOptions.Build(service.Options), WebJson.Options));
        api.MapPost("/start", StartAsync);
        api.MapPost("/turn", TurnAsync);
        api.MapGet("/history", HistoryAsync);
    }

    /// <summary>The largest body: an answer of the longest accepted length in UTF-8, plus room for the other fields.</summary>
    private static int MaxBodyBytes(PlaygroundService service) => (service.Options.MaxMessageChars * 3) + 4096;

    private static async Task<IResult> StartAsync(HttpRequest request, PlaygroundService service, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<StartBody>(request, 8 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!BrowserId.IsValid(body!.User))
        {
            return BadUser();
        }

        var (args, error) = StartValidator.Validate(body);
        if (error is not null)
        {
            return Problems.BadRequest("Invalid start choice", error);
        }

        return await RunAsync(() => service.HandleAsync(body.User!, InboundKind.Command, args!, null, null, null, cancellationToken));
    }

    private static async Task<IResult> TurnAsync(HttpRequest request, PlaygroundService service, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<TurnBody>(request, MaxBodyBytes(service), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!BrowserId.IsValid(body!.User))
        {
            return BadUser();
        }

        if (body.MessageId is not null && !BrowserId.IsValid(body.MessageId))
        {
            return Problems.BadRequest("Invalid message id", "messageId must be 8–64 letters, digits, '-' or '_'.");
        }

        if (body.Action is { } action)
        {
            if (body.Text is not null)
            {
                return Problems.BadRequest("Ambiguous turn", "Send either text or an action, not both.");
            }

            if (action.Id is null || !KnownActions.Contains(action.Id))
            {
                return Problems.BadRequest("Unknown action", "action.id must be one of the engine's action ids.");
            }

            if (action.Value is { Length: > MaxActionValueChars })
            {
                return Problems.BadRequest("Action value too long", $"action.value is limited to {MaxActionValueChars} characters.");
            }

            return await RunAsync(() => service.HandleAsync(body.User!, InboundKind.Action, "", action.Id, action.Value, body.MessageId, cancellationToken));
        }
        else
        {
            var text = body.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                return Problems.BadRequest("Empty answer", "Type an answer or a command (for example `done`, `hint` or `help`).");
            }

            var limit = service.Options.MaxMessageChars;
            if (text.Length > limit)
            {
                return Problems.BadRequest(
                    "Answer too long",
                    string.Create(CultureInfo.InvariantCulture, $"An answer is limited to {limit} characters; this one has {text.Length}."));
            }

            return await RunAsync(() => service.HandleAsync(body.User!, InboundKind.Message, text, null, null, body.MessageId, cancellationToken));
        }
    }

    /// <summary>Runs a turn; a database outage becomes a 503 the page can show (the answer was not lost: nothing was stored).</summary>
    private static async Task<IResult> RunAsync(Func<Task<TurnResult>> turn)
    {
        try
        {
            return Results.Json(await turn(), WebJson.Options);
        }
        catch (StoreUnavailableException)
        {
            return Results.Problem(
                title: "Storage unavailable",
                detail: "The database cannot be reached right now. Your message was not recorded; please send it again in a moment.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> HistoryAsync(string? user, PlaygroundService service, CancellationToken cancellationToken)
    {
        if (!BrowserId.IsValid(user))
        {
            return BadUser();
        }

        return Results.Json(await service.HistoryAsync(user!, cancellationToken), WebJson.Options);
    }

    private static IResult BadUser() =>
        Problems.BadRequest("Invalid browser id", "user must be 8–64 letters, digits, '-' or '_' (the page keeps one in localStorage).");
}
