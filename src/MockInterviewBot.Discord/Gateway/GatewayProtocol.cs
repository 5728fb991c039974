using System.Buffers;
using System.Text.Json;
using MockInterviewBot.Discord.Json;

namespace MockInterviewBot.Discord.Gateway;

/// <summary>
/// The gateway session as a pure state machine: frames, heartbeat ticks and closes go in, actions come out.
/// No I/O, no clock; randomness (heartbeat jitter, invalid-session wait) is injected. Not thread-safe: the runner
/// serializes calls.
/// </summary>
internal sealed class GatewayProtocol
{
    private readonly GatewayIdentity _identity;
    private readonly Func<double> _random;
    private bool _awaitingAck;
    private bool _helloSeen;

    public GatewayProtocol(GatewayIdentity identity, Func<double> random, GatewaySessionInfo? restored = null)
    {
        _identity = identity;
        _random = random;
        Session = restored ?? new GatewaySessionInfo();
    }

    public GatewaySessionInfo Session { get; private set; }

    /// <summary>True while a heartbeat was sent and its ACK has not arrived.</summary>
    public bool AwaitingAck => _awaitingAck;

    public bool HelloSeen => _helloSeen;

    /// <summary>Whether the connection being opened will RESUME (decided by the runner before connecting).</summary>
    public bool ResumeOnHello { get; private set; }

    public void OnConnecting(bool resume)
    {
        _awaitingAck = false;
        _helloSeen = false;
        ResumeOnHello = resume && Session.CanResume;
    }

    public IReadOnlyList<GatewayAction> OnFrame(GatewayFrame frame)
    {
        switch (frame.Op)
        {
            case GatewayOpCode.Hello:
                return OnHello(frame);
            case GatewayOpCode.HeartbeatAck:
                _awaitingAck = false;
                return [];
            case GatewayOpCode.Heartbeat:
                // The server asks for a beat now; the timer keeps its own schedule.
                _awaitingAck = true;
                return [Heartbeat()];
            case GatewayOpCode.Reconnect:
                return [new ReconnectAction(Session.CanResume, "server requested a reconnect (op 7)", TimeSpan.Zero)];
            case GatewayOpCode.InvalidSession:
                return OnInvalidSession(frame.D.ValueKind == JsonValueKind.True);
            case GatewayOpCode.Dispatch:
                return OnDispatch(frame);
            default:
                return [];
        }
    }

    /// <summary>The heartbeat timer fired. An un-ACKed previous beat means a zombie connection.</summary>
    public IReadOnlyList<GatewayAction> OnHeartbeatDue()
    {
        if (_awaitingAck)
        {
            return [new ReconnectAction(Session.CanResume, "no heartbeat ACK before the next beat (zombie connection)", TimeSpan.Zero)];
        }

        _awaitingAck = true;
        return [Heartbeat()];
    }

    /// <summary>The socket closed (code null: dropped without a close frame).</summary>
    public GatewayAction OnClosed(int? closeCode)
    {
        switch (GatewayCloseCodes.Classify(closeCode))
        {
            case CloseDisposition.Fatal:
                return new StopAction(closeCode, GatewayCloseCodes.Describe(closeCode));
            case CloseDisposition.Identify:
                ClearSession();
                return new ReconnectAction(false, $"closed with {closeCode} ({GatewayCloseCodes.Describe(closeCode)})");
            default:
                return new ReconnectAction(Session.CanResume, closeCode is null
                    ? "connection dropped"
                    : $"closed with {closeCode} ({GatewayCloseCodes.Describe(closeCode)})");
        }
    }

    public byte[] BuildIdentify() => Frame(GatewayOpCode.Identify, new IdentifyData
    {
        Token = _identity.Token,
        Properties = new IdentifyProperties { Os = "linux", Browser = "mock-interview-adapter", Device = "mock-interview-adapter" },
        Intents = (int)_identity.Intents,
        Shard = [_identity.ShardId, _identity.ShardCount],
        Presence = new PresenceData(),
    }, DiscordJsonContext.Default.IdentifyData);

    public byte[] BuildResume() => Frame(GatewayOpCode.Resume, new ResumeData
    {
        Token = _identity.Token,
        SessionId = Session.SessionId ?? "",
        Seq = Session.Sequence,
    }, DiscordJsonContext.Default.ResumeData);

    private IReadOnlyList<GatewayAction> OnHello(GatewayFrame frame)
    {
        var hello = frame.D.ValueKind == JsonValueKind.Object
            ? frame.D.Deserialize(DiscordJsonContext.Default.HelloData)
            : null;
        var interval = TimeSpan.FromMilliseconds(hello?.HeartbeatInterval is > 0 ? hello.HeartbeatInterval : 41_250);
        var jitter = Math.Clamp(_random(), 0, 0.999);
        _helloSeen = true;
        _awaitingAck = false;
        GatewayAction start = ResumeOnHello && Session.CanResume
            ? new SendFrameAction(BuildResume(), false, "RESUME")
            : new SendFrameAction(BuildIdentify(), false, "IDENTIFY");
        return [new StartHeartbeatAction(interval, interval * jitter), start];
    }

    private IReadOnlyList<GatewayAction> OnInvalidSession(bool resumable)
    {
        if (resumable && Session.CanResume)
        {
            return [new ReconnectAction(true, "invalid session (resumable)", TimeSpan.Zero)];
        }

        ClearSession();

        // Wait a random 1–5 s before a fresh IDENTIFY (also respects the 5 s identify window).
        var wait = TimeSpan.FromSeconds(1 + (4 * Math.Clamp(_random(), 0, 1)));
        return [new ReconnectAction(false, "invalid session; identifying anew", wait)];
    }

    private IReadOnlyList<GatewayAction> OnDispatch(GatewayFrame frame)
    {
        if (frame.S is { } seq && (Session.Sequence is null || seq > Session.Sequence))
        {
            Session = Session with { Sequence = seq };
        }

        if (frame.T == "READY" && frame.D.ValueKind == JsonValueKind.Object)
        {
            var ready = frame.D.Deserialize(DiscordJsonContext.Default.ReadyData);
            Session = Session with
            {
                SessionId = ready?.SessionId,
                ResumeGatewayUrl = ready?.ResumeGatewayUrl,
                BotUserId = ready?.User?.Id ?? Session.BotUserId,
                ApplicationId = ready?.Application?.Id ?? Session.ApplicationId,
            };
        }

        return frame.T is null ? [] : [new DispatchAction(frame.T, frame.D, frame.S)];
    }

    /// <summary>Forget the session but keep who we are (bot and application ids).</summary>
    private void ClearSession() =>
        Session = Session with { SessionId = null, ResumeGatewayUrl = null, Sequence = null };

    private SendFrameAction Heartbeat()
    {
        var buffer = new ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", GatewayOpCode.Heartbeat);
            if (Session.Sequence is { } seq)
            {
                writer.WriteNumber("d", seq);
            }
            else
            {
                writer.WriteNull("d");
            }

            writer.WriteEndObject();
        }

        return new SendFrameAction(buffer.WrittenSpan.ToArray(), true, "HEARTBEAT");
    }

    private static byte[] Frame<T>(int op, T data, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            JsonSerializer.Serialize(writer, data, typeInfo);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
