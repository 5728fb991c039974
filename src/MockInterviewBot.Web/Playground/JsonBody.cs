using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MockInterviewBot.Web.Playground;

/// <summary>Reads a bounded JSON body; oversize or malformed bodies become a clear 400 problem.</summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.BadRequest("Empty request body", "Send a JSON object."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), WebJson.Options);
            return value is null
                ? (null, Problems.BadRequest("Malformed JSON", "The body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException)
        {
            return (null, Problems.BadRequest("Malformed JSON", "The body is not valid JSON of the expected shape."));
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        Problems.BadRequest("Request too large", $"The body is larger than {maxBytes} bytes; shorten the answer.");
}
