using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Core.Tests.Interviews;

/// <summary>An engine over the in-memory store and a manual clock, with helpers to talk to it as a person would.</summary>
internal sealed class EngineHarness
{
    private int _messageCounter;

    public EngineHarness(IScenarioCatalog? catalog = null, IAnswerScorer? scorer = null, InterviewOptions? options = null, ISessionStore? sessions = null)
    {
        Catalog = catalog ?? new ScenarioCatalog([new ScenarioBuilder().Id("amazon-learn-1").Build()]);
        Scorer = scorer ?? new FakeScorer();
        Options = options ?? new InterviewOptions();
        Sessions = sessions ?? Store;
        Engine = new InterviewEngine(Catalog, Scorer, Sessions, Store, Store, Store, Clock, Options, NullLogger<InterviewEngine>.Instance);
    }

    public InMemoryStore Store { get; } = new();
    public ISessionStore Sessions { get; }
    public ManualTimeProvider Clock { get; } = new();
    public IScenarioCatalog Catalog { get; }
    public IAnswerScorer Scorer { get; }
    public InterviewOptions Options { get; }
    public InterviewEngine Engine { get; }

    public static ConversationKey Key(string user = "U1", string? thread = null, string channel = "C1") =>
        new(Platforms.Slack, "T1", channel, thread, user);

    public string NextMessageId() => $"m{Interlocked.Increment(ref _messageCounter)}";

    public Task<EngineResponse> SayAsync(string text, string user = "U1", string? thread = null, string? messageId = null) =>
        Engine.HandleAsync(new InboundEvent
        {
            Key = Key(user, thread),
            Kind = InboundKind.Message,
            Text = text,
            MessageId = messageId ?? NextMessageId(),
            Timestamp = Clock.GetUtcNow(),
            IsDirect = thread is null,
        }, CancellationToken.None);

    public Task<EngineResponse> SlashAsync(string args, string user = "U1", string? thread = null) =>
        Engine.HandleAsync(new InboundEvent
        {
            Key = Key(user, thread),
            Kind = InboundKind.Command,
            Text = args,
            MessageId = NextMessageId(),
            Timestamp = Clock.GetUtcNow(),
        }, CancellationToken.None);

    public Task<EngineResponse> ClickAsync(string actionId, string? value, string user = "U1", string? thread = null) =>
        Engine.HandleAsync(new InboundEvent
        {
            Key = Key(user, thread),
            Kind = InboundKind.Action,
            ActionId = actionId,
            ActionValue = value,
            MessageId = NextMessageId(),
            Timestamp = Clock.GetUtcNow(),
        }, CancellationToken.None);

    public Task<EngineResponse> EditAsync(string messageId, string text, string user = "U1", string? thread = null) =>
        Engine.HandleAsync(new InboundEvent
        {
            Key = Key(user, thread),
            Kind = InboundKind.MessageEdited,
            Text = text,
            MessageId = messageId,
            Timestamp = Clock.GetUtcNow(),
        }, CancellationToken.None);

    public Task<EngineResponse> DeleteAsync(string messageId, string user = "U1", string? thread = null) =>
        Engine.HandleAsync(new InboundEvent
        {
            Key = Key(user, thread),
            Kind = InboundKind.MessageDeleted,
            MessageId = messageId,
            Timestamp = Clock.GetUtcNow(),
        }, CancellationToken.None);

    public Task<InterviewSession?> ActiveAsync(string user = "U1", string? thread = null) =>
        Store.GetActiveAsync(Key(user, thread), CancellationToken.None);

    public static string Text(EngineResponse response) => string.Join("\n\n", response.Replies.Select(r => r.FallbackText));

    public static Reply Single(EngineResponse response, ReplyPurpose purpose) => Assert.Single(response.Replies, r => r.Purpose == purpose);

    /// <summary>The value of the first button with this action id in the response.</summary>
    public static string? ButtonValue(EngineResponse response, string actionId) =>
        response.Replies.SelectMany(r => r.Blocks).OfType<ActionsBlock>().SelectMany(a => a.Buttons)
            .FirstOrDefault(b => b.ActionId == actionId)?.Value;
}
