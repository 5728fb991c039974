using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterviewBot.Core.Interviews;

/// <summary>The one JSON shape of a stored session, shared by every store.</summary>
public static class SessionJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(InterviewSession session) => JsonSerializer.Serialize(session, Options);

    public static InterviewSession Deserialize(string json) =>
        JsonSerializer.Deserialize<InterviewSession>(json, Options)
        ?? throw new JsonException("A stored session document was empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
