using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Json;

namespace MockInterviewBot.Slack.Transport;

/// <summary>
/// HTTP transport: POST /slack/events, /slack/commands, /slack/interactions. Reads the raw body once, verifies
/// the v0 signature over those bytes, then hands the parsed payload to the shared pipeline and answers at once.
/// </summary>
internal sealed partial class SlackHttpEndpoints(SlackInboundPipeline pipeline, ILogger<SlackHttpEndpoints> logger, SlackRequestVerifier? verifier = null)
{
    public const int MaxBodyBytes = 1 << 20;

    private const string BusyText = "I'm a little overloaded right now. Please try again in a few seconds.";

    public async Task<IResult> EventsAsync(HttpContext context)
    {
        var body = await ReadVerifiedAsync(context);
        if (body.Failure is { } failure)
        {
            return failure;
        }

        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body.Bytes, SlackJsonContext.Default.EventEnvelope);
        }
        catch (JsonException)
        {
            return Results.BadRequest("Body is not a Slack event.");
        }

        if (envelope is null)
        {
            return Results.BadRequest("Body is not a Slack event.");
        }

        if (envelope.Type == "url_verification")
        {
            return Results.Json(new UrlVerificationResponse(envelope.Challenge ?? ""), SlackJsonContext.Default.UrlVerificationResponse);
        }

        var headers = context.Request.Headers;
        var retryNum = int.TryParse(headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var outcome = await pipeline.AcceptEventAsync(envelope, retryNum, headers["X-Slack-Retry-Reason"], context.RequestAborted);
        return outcome == AcceptOutcome.Busy ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Ok();
    }

    public async Task<IResult> CommandsAsync(HttpContext context)
    {
        var body = await ReadVerifiedAsync(context);
        if (body.Failure is { } failure)
        {
            return failure;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body.Bytes));
        var command = new SlashCommand
        {
            TeamId = Value(form, "team_id"),
            ChannelId = Value(form, "channel_id"),
            ChannelName = Value(form, "channel_name"),
            UserId = Value(form, "user_id"),
            UserName = Value(form, "user_name"),
            Command = Value(form, "command"),
            Text = Value(form, "text"),
            ResponseUrl = Value(form, "response_url"),
            TriggerId = Value(form, "trigger_id"),
            ApiAppId = Value(form, "api_app_id"),
        };
        var outcome = await pipeline.AcceptCommandAsync(command, context.RequestAborted);
        return outcome == AcceptOutcome.Busy ? Results.Text(BusyText) : Results.Ok();
    }

    public async Task<IResult> InteractionsAsync(HttpContext context)
    {
        var body = await ReadVerifiedAsync(context);
        if (body.Failure is { } failure)
        {
            return failure;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body.Bytes));
        InteractionPayload? payload;
        try
        {
            payload = Value(form, "payload") is { Length: > 0 } json ? JsonSerializer.Deserialize(json, SlackJsonContext.Default.InteractionPayload) : null;
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null)
        {
            return Results.BadRequest("Body has no interaction payload.");
        }

        var outcome = await pipeline.AcceptInteractionAsync(payload, context.RequestAborted);
        return outcome == AcceptOutcome.Busy ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Ok();
    }

    private async Task<VerifiedBody> ReadVerifiedAsync(HttpContext context)
    {
        if (verifier is null)
        {
            return new VerifiedBody([], Results.NotFound("Slack HTTP requests are not enabled: set Slack__SigningSecret."));
        }

        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return new VerifiedBody([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return new VerifiedBody([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();

        // ssl_check (sent to command URLs of distributed apps) is answered before any signature work, as Bolt does.
        if (request.Path.Value?.EndsWith("/commands", StringComparison.Ordinal) == true && bytes.AsSpan().IndexOf("ssl_check=1"u8) >= 0
            && QueryHelpers.ParseQuery(Encoding.UTF8.GetString(bytes)).TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            return new VerifiedBody([], Results.Ok());
        }

        var result = verifier.Verify(bytes, request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"]);
        if (result != SignatureResult.Valid)
        {
            LogRejected(logger, request.Path.Value ?? "", result, bytes.Length);
            return new VerifiedBody([], Results.Unauthorized());
        }

        return new VerifiedBody(bytes, null);
    }

    private static string? Value(Dictionary<string, StringValues> form, string key) =>
        form.TryGetValue(key, out var value) ? value.ToString() : null;

    [LoggerMessage(EventId = 4500, Level = LogLevel.Warning, Message = "Rejected a Slack request to {Path}: signature {Result} ({Bytes} bytes)")]
    private static partial void LogRejected(ILogger logger, string path, SignatureResult result, int bytes);

    private readonly record struct VerifiedBody(byte[] Bytes, IResult? Failure);
}
