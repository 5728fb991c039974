using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Web.Playground;

/// <summary>Runs playground turns through the engine, one at a time per browser, and shapes replies and history for the page.</summary>
internal sealed partial class PlaygroundService(
    IInterviewEngine engine,
    ISessionStore sessions,
    InterviewOptions options,
    TimeProvider time,
    ILogger<PlaygroundService> logger)
{
    /// <summary>Every playground conversation lives in this tenant of the web platform.</summary>
    public const string Tenant = "web";

    public const string Channel = "playground";

    public const int HistoryLimit = 30;

    private readonly KeyedGate _gate = new();

    public InterviewOptions Options => options;

    public KeyedGate Gate => _gate;

    public static ConversationKey KeyOf(string user) => new(Platforms.Web, Tenant, Channel, null, user);

    public async Task<TurnResult> HandleAsync(string user, InboundKind kind, string text, string? actionId, string? actionValue, string? messageId, CancellationToken cancellationToken)
    {
        var key = KeyOf(user);
        var inbound = new InboundEvent
        {
            Key = key,
            Kind = kind,
            Text = text,
            ActionId = actionId,
            ActionValue = actionValue,
            MessageId = messageId ?? "web-" + Guid.NewGuid().ToString("N"),
            Timestamp = time.GetUtcNow(),
            IsDirect = true,
        };

        using (await _gate.EnterAsync(key.ToString(), cancellationToken))
        {
            EngineResponse response;
            try
            {
                response = await engine.HandleAsync(inbound, cancellationToken);
            }
            catch (StoreUnavailableException)
            {
                LogStoreUnavailable(logger, kind);
                throw;
            }

            LogTurn(logger, kind, response.Replies.Count);
            return new TurnResult(response.SessionId, response.Duplicate, response.Replies.Select(ReplyMapper.Map).ToArray());
        }
    }

    public async Task<HistoryView> HistoryAsync(string user, CancellationToken cancellationToken)
    {
        var list = await sessions.ListByUserAsync(new UserRef(Platforms.Web, Tenant, user), HistoryLimit, cancellationToken);
        return new HistoryView(list.Select(ToHistory).ToArray());
    }

    private static HistoryItemView ToHistory(InterviewSession session)
    {
        var scored = session.Questions.Where(q => q.Scorecard is not null).Select(q => q.Scorecard!).ToArray();
        var last = scored.Length == 0 ? null : scored[^1];
        return new HistoryItemView(
            session.Id,
            session.CreatedAt,
            Labels.Id(session.Mode),
            session.Framework,
            session.Competency,
            Labels.Id(session.Level),
            Labels.Id(session.Status),
            last is null ? null : Labels.Id(last.Verdict),
            last is null ? null : Labels.Of(last.Verdict),
            scored.Length == 0 ? null : Math.Round(scored.Average(s => s.Overall), 1),
            session.Questions.Count == 0 ? null : session.Questions[0].QuestionText);
    }

    [LoggerMessage(EventId = 801, Level = LogLevel.Warning, Message = "Playground {Kind} turn could not be handled: the database is unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, InboundKind kind);

    [LoggerMessage(EventId = 800, Level = LogLevel.Debug, Message = "Playground {Kind} turn answered with {Replies} replies")]
    private static partial void LogTurn(ILogger logger, InboundKind kind, int replies);
}
