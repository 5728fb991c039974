using System.Text.Json;

namespace MockInterviewBot.Discord.Gateway;

/// <summary>What <see cref="GatewayProtocol"/> asks the runner to do. The protocol itself performs no I/O.</summary>
internal abstract record GatewayAction;

/// <summary>Send a ready-made frame (UTF-8 JSON).</summary>
internal sealed record SendFrameAction(byte[] Payload, bool IsHeartbeat, string What) : GatewayAction;

/// <summary>Arm the heartbeat timer: first beat after <see cref="FirstDelay"/>, then every <see cref="Interval"/>.</summary>
internal sealed record StartHeartbeatAction(TimeSpan Interval, TimeSpan FirstDelay) : GatewayAction;

/// <summary>Close this connection (code 4000, so the session survives) and open a new one.</summary>
internal sealed record ReconnectAction(bool Resume, string Reason, TimeSpan? Delay = null) : GatewayAction;

/// <summary>Stop for good (fatal close code): readiness false, no reconnect.</summary>
internal sealed record StopAction(int? CloseCode, string Reason) : GatewayAction;

/// <summary>Hand a dispatch (op 0) to the event handler.</summary>
internal sealed record DispatchAction(string Type, JsonElement Data, int? Sequence) : GatewayAction;
