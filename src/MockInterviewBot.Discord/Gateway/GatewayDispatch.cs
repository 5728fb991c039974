using System.Text.Json;

namespace MockInterviewBot.Discord.Gateway;

/// <summary>A dispatch event (op 0) handed from the gateway to the event handler.</summary>
public sealed record GatewayDispatch(string Type, JsonElement Data, int? Sequence);
