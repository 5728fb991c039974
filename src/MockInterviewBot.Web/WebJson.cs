using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterviewBot.Web;

/// <summary>The JSON shape of the playground and admin API (camelCase, enums as camelCase strings), independent of the host's settings.</summary>
internal static class WebJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        AllowTrailingCommas = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
