using System.Text.Json.Nodes;

namespace MockInterviewBot.Web.Tests.Infrastructure;

public static class Json
{
    public static IEnumerable<JsonNode> Replies(JsonNode? turn) => turn?["replies"]?.AsArray().Select(r => r!) ?? [];

    public static IEnumerable<JsonNode> Blocks(JsonNode? turn, string type) =>
        Replies(turn).SelectMany(r => r["blocks"]!.AsArray()).Where(b => b!["type"]!.GetValue<string>() == type).Select(b => b!);

    public static bool HasPurpose(JsonNode? turn, string purpose) =>
        Replies(turn).Any(r => r["purpose"]!.GetValue<string>() == purpose);
}
