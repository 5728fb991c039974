using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterviewBot.Discord.Json;

/// <summary>Source-generated System.Text.Json metadata for every Discord wire shape: snake_case, nulls omitted, unknown members ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GatewayFrame))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(GuildCreateData))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(DiscordInteraction))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(InteractionCallback))]
[JsonSerializable(typeof(AutocompleteCallback))]
[JsonSerializable(typeof(CreateDmRequest))]
[JsonSerializable(typeof(StartThreadRequest))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
