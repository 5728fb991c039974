using System.Text.Json.Serialization;

namespace MockInterviewBot.Slack.Json;

/// <summary>Source-generated serialization for every Slack payload the adapter reads or writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(SocketFrame))]
[JsonSerializable(typeof(SocketAck))]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(OAuthAccessResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(ViewsPublishRequest))]
[JsonSerializable(typeof(EmptyRequest))]
[JsonSerializable(typeof(UrlVerificationResponse))]
[JsonSerializable(typeof(IReadOnlyList<Block>))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;

internal sealed record UrlVerificationResponse(string Challenge);
